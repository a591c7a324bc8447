<?xml version="1.0" encoding="UTF-8"?>
<!--
  The document's own facts (name, page and download links) as <tt:document>: from the
  parameter `document` when Python hands them over as strings (the first step of a render:
  one context, parsed once, serves every document), else from the context's tt:document.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    exclude-result-prefixes="#all">

  <!-- (id, page, TEI download, text download); a download '' when the page has none. -->
  <xsl:param name="document" as="xs:string*" select="()"/>

  <!-- `$context`: the context parameter the importing stylesheet declares. -->
  <xsl:variable name="tt:document" as="element()?">
    <xsl:choose>
      <xsl:when test="exists($document)">
        <tt:document id="{$document[1]}" page="{$document[2]}">
          <xsl:if test="$document[3]">
            <xsl:attribute name="tei" select="$document[3]"/>
          </xsl:if>
          <xsl:if test="$document[4]">
            <xsl:attribute name="text" select="$document[4]"/>
          </xsl:if>
        </tt:document>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$context/tt:context/tt:document"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

</xsl:stylesheet>
