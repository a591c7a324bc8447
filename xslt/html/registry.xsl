<?xml version="1.0" encoding="UTF-8"?>
<!--
  Cable and registry furniture: the form's heading and processing lines, set apart like the
  printed form (a ruled block of lines), with stamps boxed.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template match="div[@type = 'registry']" priority="1">
    <xsl:variable name="label" select="tt:label($tt:registry-blocks, (@subtype, 'registry')[1])"/>
    <div role="group" aria-label="{$label}">
      <xsl:call-template name="tt:attrs">
        <xsl:with-param name="class" select="('registry', @subtype ! ('registry-' || tt:class-token(.)))"/>
      </xsl:call-template>
      <p class="registry-caption" aria-hidden="true"><xsl:value-of select="$label"/></p>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="ab[@type = 'registry']" priority="1">
    <xsl:call-template name="tt:block">
      <xsl:with-param name="class" select="('registry-line', @subtype ! ('line-' || tt:class-token(.)))"/>
      <xsl:with-param name="title" select="@subtype ! tt:label($tt:registry-lines, .)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A processing line written inside the closer: set apart like the form's lines. -->
  <xsl:template match="seg[@type = 'registry']" priority="1">
    <xsl:variable name="block" select="tt:is-block(.)"/>
    <xsl:element name="{if ($block) then 'p' else 'span'}">
      <xsl:call-template name="tt:attrs">
        <xsl:with-param name="class" select="('registry-line', 'registry-seg', @subtype ! ('line-' || tt:class-token(.)))"/>
      </xsl:call-template>
      <xsl:if test="@subtype">
        <xsl:attribute name="title" select="tt:label($tt:registry-lines, @subtype)"/>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="stamp">
    <span title="Stamp">
      <xsl:call-template name="tt:attrs">
        <xsl:with-param name="class" select="'stamp'"/>
      </xsl:call-template>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

</xsl:stylesheet>
