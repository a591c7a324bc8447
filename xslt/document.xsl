<?xml version="1.0" encoding="UTF-8"?>
<!--
  A TEI document's outputs in one transform (the first step of a render makes all three):
  its index record (index/record.xsl), its text edition's blocks (text/document.xsl) and its
  HTML page (html/document.xsl), those named in `parts`. The document is handed to Saxon
  once and the call made once. The result is the page as the HTML serialiser writes it,
  preceded by a header Python splits off (tei.render.frames.unpack): the record and the
  blocks packed with their lengths (tt:packed), written unescaped (empty for a part not asked
  for). The page is its content alone when `frame` is false (html/frame.xsl). Parameters: `parts` and those of the
  three stylesheets (`context`, `document`, `known`).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:import href="html/document.xsl"/>
  <xsl:import href="text/document.xsl"/>
  <xsl:import href="index/record.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"
              include-content-type="no"/>

  <!-- The outputs to make: 'record', 'text', 'page'. -->
  <xsl:param name="parts" as="xs:string*" select="('record', 'text', 'page')"/>

  <xsl:template match="/">
    <xsl:variable name="record" as="element()?">
      <xsl:if test="$parts = 'record'">
        <xsl:apply-templates select="TEI" mode="tt:record"/>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="record" select="serialize($record,
        map { 'method': 'xml', 'omit-xml-declaration': true(), 'indent': false() })"/>
    <xsl:variable name="blocks" as="item()*">
      <xsl:if test="$parts = 'text'">
        <xsl:apply-templates select="TEI" mode="tt:edition"/>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="blocks" select="if (exists($blocks))
        then serialize($blocks, map { 'method': 'json' }) else ''"/>
    <xsl:value-of disable-output-escaping="yes" select="tt:packed(($record, $blocks))"/>
    <xsl:if test="$parts = 'page'">
      <xsl:apply-templates select="TEI" mode="tt:page"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
