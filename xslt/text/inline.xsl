<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inline content of the plain-text edition (mode tt:inline, producing text): white space
  collapsed, supplied text and gaps in brackets as in the source, note markers [^n], line
  breaks kept. Any element we do not know keeps its text.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template mode="tt:inline" match="text()">
    <xsl:value-of select="tt:collapse(.)"/>
  </xsl:template>

  <xsl:template mode="tt:inline" match="text()[not(normalize-space())][local-name(..) = $tt:element-only]"/>

  <xsl:template mode="tt:inline" match="seg">
    <xsl:if test="tt:after-segment(.)">
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:apply-templates mode="tt:inline"/>
  </xsl:template>

  <xsl:template mode="tt:inline" match="lb">
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template mode="tt:inline" match="supplied">
    <xsl:text>[</xsl:text>
    <xsl:apply-templates mode="tt:inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template mode="tt:inline" match="gap">
    <xsl:value-of select="tt:gap-text(.)"/>
  </xsl:template>

  <!-- A stamp is set in brackets, as the source translations print it ("[Stamp: ...]"); in a
       stamp line of the form the brackets hold the whole line (see blocks.xsl). -->
  <xsl:template mode="tt:inline" match="stamp">
    <xsl:choose>
      <xsl:when test="ancestor::ab[@subtype = 'stamp']">
        <xsl:apply-templates mode="tt:inline"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="tt:bracket-stamp(tt:inline-text(node()))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:function name="tt:bracket-stamp" as="xs:string">
    <xsl:param name="content" as="xs:string"/>
    <xsl:sequence select="'[' || (if (matches($content, '^\s*stamp(\W|$)', 'i')) then '' else 'Stamp: ')
        || replace($content, '^\s+|\s+$', '') || ']'"/>
  </xsl:function>

  <xsl:template mode="tt:inline" match="note">
    <xsl:choose>
      <xsl:when test="tt:is-endnote(.)">
        <xsl:value-of select="'[^' || tt:note-label(.) || ']'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>(</xsl:text>
        <xsl:apply-templates mode="tt:inline"/>
        <xsl:text>)</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template mode="tt:inline" match="choice">
    <xsl:variable name="preferred" select="(corr, reg, expan)[normalize-space()][1]"/>
    <xsl:apply-templates mode="tt:inline" select="($preferred, (sic, orig, abbr)[normalize-space()][1], *[1])[1]/node()"/>
  </xsl:template>

  <!-- The reading text: deletions left out (the HTML edition shows them struck through). -->
  <xsl:template mode="tt:inline" match="del"/>

  <xsl:template mode="tt:inline" match="space">
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template mode="tt:inline" match="pb | cb | milestone | anchor | index | graphic | media | figDesc"/>

  <xsl:template mode="tt:inline" match="listPerson | listPlace | listOrg | listEvent | listNym | listRelation
                       | back/listBibl"/>

  <!-- A pointer without text shows where it points. -->
  <xsl:template mode="tt:inline" match="ref[not(normalize-space())] | ptr">
    <xsl:value-of select="normalize-space(@target)"/>
  </xsl:template>

  <xsl:template mode="tt:inline" match="*">
    <xsl:apply-templates mode="tt:inline"/>
  </xsl:template>

</xsl:stylesheet>
