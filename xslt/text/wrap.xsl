<?xml version="1.0" encoding="UTF-8"?>
<!--
  Layout of the plain-text edition. A block is a map: 'text' (line breaks as newlines), 'first'
  (prefix of its first line), 'rest' (prefix of the others), 'tight' (no blank line before).
  The stylesheet's result is the blocks, as JSON; Python wraps them at 72 columns, words never
  broken (tei/render/text_layout.py: SaxonC's string functions were a fifth of the transform).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    exclude-result-prefixes="#all">

  <xsl:variable name="tt:width" as="xs:integer" select="72"/>

  <xsl:function name="tt:block" as="map(*)">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="rest" as="xs:string"/>
    <xsl:param name="tight" as="xs:boolean"/>
    <xsl:sequence select="map { 'text': $text, 'first': $first, 'rest': $rest, 'tight': $tight }"/>
  </xsl:function>

  <!-- The same block with other text, first-line prefix or tightness. -->
  <xsl:function name="tt:with" as="map(*)">
    <xsl:param name="block" as="map(*)"/>
    <xsl:param name="changes" as="map(*)"/>
    <xsl:sequence select="map:merge(($changes, $block), map { 'duplicates': 'use-first' })"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <xsl:function name="tt:has-text" as="xs:boolean">
    <xsl:param name="block" as="map(*)"/>
    <xsl:sequence select="normalize-space($block?text) != ''"/>
  </xsl:function>

  <!-- All blocks, for Python to lay out: an array of [text, first, rest, tight]. -->
  <xsl:function name="tt:layout" as="array(*)">
    <xsl:param name="blocks" as="map(*)*"/>
    <xsl:sequence select="array { $blocks ! [?text, ?first, ?rest, ?tight] }"/>
  </xsl:function>

  <xsl:function name="tt:spaces" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="string-join((1 to $n) ! ' ', '')"/>
  </xsl:function>

  <xsl:function name="tt:rule" as="xs:string">
    <xsl:param name="char" as="xs:string"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="string-join((1 to $n) ! $char, '')"/>
  </xsl:function>

</xsl:stylesheet>
