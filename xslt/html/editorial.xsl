<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editorial interventions, visible and explained: supplied text in brackets with the reason on
  hover, gaps as [...], corrections, deletions and additions, unclear readings.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Supplied text in brackets; it takes focus and is described by its reason (one hidden
       description per reason in the page, see tt:supplied-reasons), shown on hover and focus. -->
  <xsl:template match="supplied">
    <span tabindex="0" aria-describedby="{tt:supplied-reason-id(.)}">
      <xsl:call-template name="tt:attrs">
        <xsl:with-param name="class" select="'supplied'"/>
      </xsl:call-template>
      <xsl:if test="@reason">
        <xsl:attribute name="data-reason" select="@reason"/>
      </xsl:if>
      <xsl:attribute name="data-reason-label" select="tt:supplied-reason(.)"/>
      <xsl:text>[</xsl:text>
      <xsl:apply-templates/>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <xsl:variable name="tt:supplied-reasons-used" as="xs:string*"
      select="distinct-values(/descendant::supplied ! tt:supplied-reason(.))"/>

  <xsl:function name="tt:supplied-reason" as="xs:string">
    <xsl:param name="supplied" as="element()"/>
    <xsl:sequence select="if ($supplied/@reason)
        then tt:label($tt:supplied-reasons, $supplied/@reason) else 'Supplied by the editors'"/>
  </xsl:function>

  <xsl:function name="tt:supplied-reason-id" as="xs:string">
    <xsl:param name="supplied" as="element()"/>
    <xsl:sequence select="'supplied-reason-'
        || index-of($tt:supplied-reasons-used, tt:supplied-reason($supplied))[1]"/>
  </xsl:function>

  <!-- The descriptions the supplied passages of a page point to (hidden, read on focus). -->
  <xsl:template name="tt:supplied-reasons">
    <xsl:if test="exists($tt:supplied-reasons-used)">
      <div class="supplied-reasons" hidden="hidden">
        <xsl:for-each select="$tt:supplied-reasons-used">
          <span id="supplied-reason-{position()}">
            <xsl:value-of select="."/>
          </span>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template match="gap">
    <xsl:variable name="reason" select="tt:label($tt:gap-reasons, (@reason, 'omitted')[1])"/>
    <span class="gap" title="{$reason || (if (@unit) then ' (' || @unit || ')' else '')}">
      <xsl:if test="@reason">
        <xsl:attribute name="data-reason" select="@reason"/>
      </xsl:if>
      <xsl:value-of select="tt:gap-text(.)"/>
    </span>
  </xsl:template>

  <xsl:template match="unclear">
    <span title="Unclear reading">
      <xsl:call-template name="tt:attrs"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- choice: the corrected, regularised or expanded form, the other on hover; an empty
       preferred form (as some editions encode) falls back to the other so no text is lost. -->
  <xsl:template match="choice">
    <xsl:variable name="preferred" select="(corr, reg, expan)[normalize-space()][1]"/>
    <xsl:variable name="shown" select="($preferred, (sic, orig, abbr)[normalize-space()][1], *[1])[1]"/>
    <xsl:variable name="other" select="(* except $shown)[normalize-space()][1]"/>
    <span>
      <xsl:call-template name="tt:attrs"/>
      <xsl:if test="exists($other)">
        <xsl:attribute name="title" select="local-name($other) || ': ' || normalize-space($other)"/>
      </xsl:if>
      <xsl:apply-templates select="$shown/node()"/>
    </span>
  </xsl:template>

  <xsl:template match="sic | corr | reg | orig | abbr | expan | damage | surplus | secl">
    <span title="{local-name()}">
      <xsl:call-template name="tt:attrs"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="del">
    <del><xsl:call-template name="tt:attrs"/><xsl:apply-templates/></del>
  </xsl:template>

  <xsl:template match="add">
    <ins><xsl:call-template name="tt:attrs"/><xsl:apply-templates/></ins>
  </xsl:template>

  <xsl:template match="space">
    <span class="tei-space"><xsl:text> </xsl:text></span>
  </xsl:template>

</xsl:stylesheet>
