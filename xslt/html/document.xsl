<?xml version="1.0" encoding="UTF-8"?>
<!--
  HTML page of one TEI document. Input: the document. Parameter `context` (from Python): the
  edition's title and licence, the document's download links and its neighbours by date.
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
  <xsl:import href="../common/document.xsl"/>
  <xsl:import href="frame.xsl"/>
  <xsl:import href="textstructure.xsl"/>
  <xsl:import href="registry.xsl"/>
  <xsl:import href="editorial.xsl"/>
  <xsl:import href="conventions.xsl"/>
  <xsl:import href="names.xsl"/>
  <xsl:import href="notes.xsl"/>
  <xsl:import href="citation.xsl"/>
  <xsl:import href="metadata.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"
              include-content-type="no"/>

  <xsl:variable name="tt:root" as="xs:string" select="'../'"/>

  <xsl:template match="/">
    <xsl:apply-templates select="TEI" mode="tt:page"/>
  </xsl:template>

  <xsl:template match="TEI" mode="tt:page">
    <xsl:call-template name="tt:page">
      <xsl:with-param name="title" select="tt:title(.)"/>
      <xsl:with-param name="section" select="'documents'"/>
      <xsl:with-param name="scripts" select="'assets/citation.js'"/>
      <xsl:with-param name="body" select="."/>
    </xsl:call-template>
  </xsl:template>

  <!-- The page's content: the document's header, text, notes and metadata. -->
  <xsl:template match="TEI" mode="tt:page-body">
    <xsl:variable name="date" select="tt:doc-date(.)"/>
    <xsl:variable name="lang" select="tt:text-lang(.)"/>
    <article class="document" aria-labelledby="document-title">
      <header class="document-header">
        <p class="document-kicker">
          <xsl:value-of select="string-join((tt:doc-type(.), (($date ! tt:date-label(.))[normalize-space()], 'n.d.')[1]), ' · ')"/>
        </p>
        <h1 id="document-title"><xsl:value-of select="tt:title(.)"/></h1>
      </header>
      <xsl:call-template name="tt:pager"/>
      <section class="text" aria-labelledby="text-heading">
        <xsl:if test="$lang">
          <xsl:attribute name="lang" select="$lang"/>
        </xsl:if>
        <h2 id="text-heading" lang="en">Text</h2>
        <xsl:apply-templates select="text"/>
      </section>
      <xsl:call-template name="tt:endnotes">
        <xsl:with-param name="notes" select="tt:endnotes(.)"/>
      </xsl:call-template>
      <xsl:call-template name="tt:metadata">
        <xsl:with-param name="tei" select="."/>
      </xsl:call-template>
      <xsl:call-template name="tt:conventions"/>
      <xsl:call-template name="tt:supplied-reasons"/>
    </article>
  </xsl:template>

  <!-- Previous and next document by date (`links`: the context's tt:prev and tt:next). -->
  <xsl:template name="tt:pager">
    <xsl:param name="links" as="element()*" select="$tt:context/(tt:prev, tt:next)"/>
    <xsl:if test="exists($links)">
      <nav class="pager" aria-label="Documents by date">
        <ul>
          <xsl:for-each select="$links">
            <xsl:variable name="prev" select="local-name() = 'prev'"/>
            <li class="{local-name()}">
              <a href="{@href}" rel="{local-name()}">
                <span class="pager-direction">
                  <xsl:value-of select="if ($prev) then '← Previous document' else 'Next document →'"/>
                </span>
                <span class="pager-title"><xsl:value-of select="@title"/></span>
                <xsl:if test="normalize-space(@date)">
                  <span class="pager-date"><xsl:value-of select="@date"/></span>
                </xsl:if>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- The same navigation from the neighbours' facts alone, no context parsed (the second
       step of a render): `prev` and `next` as (address, title, date), empty for none. -->
  <xsl:template name="tt:pager-of">
    <xsl:param name="prev" as="xs:string*" select="()"/>
    <xsl:param name="next" as="xs:string*" select="()"/>
    <xsl:variable name="links" as="element()*">
      <xsl:if test="exists($prev)">
        <tt:prev href="{$prev[1]}" title="{$prev[2]}" date="{$prev[3]}"/>
      </xsl:if>
      <xsl:if test="exists($next)">
        <tt:next href="{$next[1]}" title="{$next[2]}" date="{$next[3]}"/>
      </xsl:if>
    </xsl:variable>
    <xsl:call-template name="tt:pager">
      <xsl:with-param name="links" select="$links"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="tt:conventions">
    <details class="conventions">
      <summary>Editorial conventions</summary>
      <xsl:call-template name="tt:conventions-list"/>
    </details>
  </xsl:template>

</xsl:stylesheet>
