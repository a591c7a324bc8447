<?xml version="1.0" encoding="UTF-8"?>
<!--
  Plain-text edition of one TEI document, as blocks (JSON) Python wraps at 72 columns
  (tei/render/text_layout.py): header block, the reading
  text (brackets restored for supplied text and gaps, the cable form's lines behind a bar,
  embedded documents indented), then the notes as numbered endnotes.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/labels.xsl"/>
  <xsl:import href="../common/functions.xsl"/>
  <xsl:import href="../common/dates.xsl"/>
  <xsl:import href="../common/names.xsl"/>
  <xsl:import href="../common/notes.xsl"/>
  <xsl:import href="../common/header.xsl"/>
  <xsl:import href="wrap.xsl"/>
  <xsl:import href="inline.xsl"/>
  <xsl:import href="blocks.xsl"/>
  <xsl:import href="header.xsl"/>

  <xsl:output method="json" encoding="UTF-8"/>

  <!-- Accepted for symmetry with the HTML page; the text edition does not need it. -->
  <xsl:param name="context" as="document-node()?" select="()"/>

  <xsl:template match="/">
    <xsl:apply-templates select="TEI" mode="tt:edition"/>
  </xsl:template>

  <xsl:template match="TEI" mode="tt:edition">
    <xsl:variable name="body" as="map(*)*">
      <xsl:apply-templates select="text" mode="tt:blocks"/>
    </xsl:variable>
    <xsl:sequence select="tt:layout((
        tt:header-blocks(.),
        tt:block(tt:rule('-', $tt:width), '', '', false()),
        $body,
        tt:note-blocks(tt:endnotes(.))))"/>
  </xsl:template>

</xsl:stylesheet>
