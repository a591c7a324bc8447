<?xml version="1.0" encoding="UTF-8"?>
<!--
  The conventions of the reading text, as data: the legend of every document page and the
  Editorial principles page are both made from this one list.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    exclude-result-prefixes="#all">

  <!-- The conventions of the text: one list for the legend of every document page and the
       Editorial principles page. -->
  <xsl:variable name="tt:conventions" as="element(tt:convention)*">
    <tt:convention class="supplied" sample="[Stalin]">Text in square brackets was supplied in
      the source translation (an identification, an omitted word, a description); hover over
      it or move to it with the Tab key to read the reason.</tt:convention>
    <tt:convention class="gap" sample="[...]">A passage omitted or illegible in the
      source.</tt:convention>
    <tt:convention class="stamp" sample="STAMP">A stamp on the original form.</tt:convention>
    <tt:convention class="registry-sample" sample="CABLE Nº">Lines of the cable form and
      registry notes (heading, decipherment, copies), set apart from the
      message.</tt:convention>
    <tt:convention class="name person" sample="Name">Persons, places and organisations link
      to the index; hover for the regularised name.</tt:convention>
    <tt:convention class="" sample="n.d.">No date: the source gives none and none could be
      inferred.</tt:convention>
  </xsl:variable>

  <xsl:template name="tt:conventions-list">
    <dl class="conventions-list">
      <xsl:for-each select="$tt:conventions">
        <dt>
          <span>
            <xsl:if test="normalize-space(@class)">
              <xsl:attribute name="class" select="@class"/>
            </xsl:if>
            <xsl:value-of select="@sample"/>
          </span>
        </dt>
        <dd><xsl:value-of select="normalize-space()"/></dd>
      </xsl:for-each>
    </dl>
  </xsl:template>

</xsl:stylesheet>
