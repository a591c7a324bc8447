<?xml version="1.0" encoding="UTF-8"?>
<!--
  An apparatus page (About, Editorial principles, How to cite, Downloads) in the site frame.
  Input (tei/render/apparatus.py): <page slug title generated> holding the editors' Markdown
  as an XHTML <div>; `generated` adds a part from the edition's own data after it: the
  conventions legend (the same list as every document page's), the edition's citation or the
  site's downloads.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/labels.xsl"/>
  <xsl:import href="../common/functions.xsl"/>
  <xsl:import href="../common/dates.xsl"/>
  <xsl:import href="frame.xsl"/>
  <xsl:import href="conventions.xsl"/>
  <xsl:import href="citation.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"
              include-content-type="no"/>

  <xsl:variable name="tt:root" as="xs:string" select="'../'"/>

  <xsl:template match="/page">
    <xsl:call-template name="tt:page">
      <xsl:with-param name="title" select="string(@title)"/>
      <xsl:with-param name="section" select="string(@slug)"/>
      <xsl:with-param name="scripts" select="if (@generated = 'citation') then 'assets/citation.js' else ()"/>
      <xsl:with-param name="content">
        <article class="apparatus" aria-labelledby="page-title">
          <h1 id="page-title"><xsl:value-of select="@title"/></h1>
          <xsl:apply-templates select="child::div/node()" mode="tt:markdown"/>
          <xsl:apply-templates select="." mode="tt:generated"/>
        </article>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The editors' text as markdown-it wrote it; its highest headings become h2 (the title
       is the page's h1), the others keep their distance below them. -->
  <xsl:variable name="tt:heading-shift" as="xs:integer"
      select="2 - (min(/page/div/(h1 | h2 | h3 | h4 | h5 | h6) ! xs:integer(substring(local-name(), 2))), 2)[1]"/>

  <xsl:template match="*" mode="tt:markdown">
    <xsl:element name="{local-name()}">
      <xsl:copy-of select="@*"/>
      <xsl:apply-templates mode="tt:markdown"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="h1 | h2 | h3 | h4 | h5 | h6" mode="tt:markdown">
    <xsl:element name="h{min((xs:integer(substring(local-name(), 2)) + $tt:heading-shift, 6))}">
      <xsl:apply-templates mode="tt:markdown"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="a[matches(@href, '^[a-z][a-z0-9+.\-]*:', 'i')]" mode="tt:markdown">
    <a href="{@href}" rel="external"><xsl:apply-templates mode="tt:markdown"/></a>
  </xsl:template>

  <xsl:template match="page" mode="tt:generated"/>

  <xsl:template match="page[@generated = 'team']" mode="tt:generated">
    <xsl:variable name="editors" select="tt:edition-editors()"/>
    <xsl:variable name="published" select="string($tt:edition/@published)"/>
    <section class="team" aria-labelledby="team-heading">
      <h2 id="team-heading">The edition</h2>
      <dl class="facts">
        <xsl:for-each select="('Editors', 'Publisher', 'Version', 'Published')">
          <xsl:variable name="value" select="if (. = 'Editors') then string-join($editors, ', ')
              else if (. = 'Publisher') then string($tt:edition/@publisher)
              else if (. = 'Version') then string($tt:edition/@version)
              else if ($published castable as xs:date)
                then tt:date-words(xs:date($published)) else ''"/>
          <xsl:if test="normalize-space($value)">
            <div class="fact">
              <dt><xsl:value-of select="."/></dt>
              <dd><xsl:value-of select="$value"/></dd>
            </div>
          </xsl:if>
        </xsl:for-each>
      </dl>
    </section>
  </xsl:template>

  <xsl:template match="page[@generated = 'conventions']" mode="tt:generated">
    <section class="conventions-page" aria-labelledby="conventions-heading">
      <h2 id="conventions-heading">Conventions of the text</h2>
      <xsl:call-template name="tt:conventions-list"/>
    </section>
  </xsl:template>

  <xsl:template match="page[@generated = 'citation']" mode="tt:generated">
    <xsl:variable name="editors" select="tt:edition-editors()"/>
    <xsl:variable name="version" select="string($tt:edition/@version)"/>
    <xsl:variable name="published" select="string($tt:edition/@published)"/>
    <xsl:variable name="url" select="tt:site-url('index.html')"/>
    <section class="cite-edition" aria-labelledby="cite-edition-heading">
      <h2 id="cite-edition-heading">Cite the edition</h2>
      <xsl:call-template name="tt:citation-block">
        <xsl:with-param name="id" select="'cite-edition'"/>
        <xsl:with-param name="text" select="string-join((
            if (exists($editors)) then string-join($editors, ', ') || ' (ed.)' else (),
            $tt:edition-title, $version[.] ! ('version ' || .),
            string($tt:edition/@publisher)[.], $published[.]), ', ')
            || '. ' || $url || ' (accessed ' || $tt:access-date-text || ').'"/>
        <xsl:with-param name="bibtex" select="tt:bibtex('misc', 'edition', (
            tt:bibtex-names('editor', $editors),
            tt:bib-raw('title', '{' || tt:bibtex-escape($tt:edition-title) || '}'),
            tt:bib('version', $version),
            tt:bib('publisher', $tt:edition/@publisher),
            tt:bib-raw('date', $published),
            tt:bib-raw('url', $url),
            tt:bib-raw('urldate', $tt:access-date-iso)))"/>
        <xsl:with-param name="csl" select="tt:csl-json((
            tt:csl-string('id', 'edition'),
            tt:csl-string('type', 'webpage'),
            tt:csl-string('title', $tt:edition-title),
            tt:csl-names('editor', $editors),
            tt:csl-string('publisher', $tt:edition/@publisher),
            tt:csl-string('version', $version),
            tt:csl-date('issued', $published),
            tt:csl-string('URL', $url),
            tt:csl-raw-date('accessed', $tt:access-date-iso)))"/>
      </xsl:call-template>
      <p>Each document's page offers its own citation in the same three forms, with the document's title, date, archive and address.</p>
    </section>
  </xsl:template>

  <xsl:template match="page[@generated = 'downloads']" mode="tt:generated">
    <xsl:variable name="site" select="$tt:context/tt:site"/>
    <section class="downloads-page" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">Files of this edition</h2>
      <ul class="downloads">
        <xsl:if test="$site/@archive">
          <li><a href="{$tt:root}{$site/@archive}" data-format="zip">All TEI files with the register and schemas (zip)</a></li>
        </xsl:if>
        <xsl:if test="$site/@texts">
          <li><a href="{$tt:root}{$site/@texts}" data-format="zip">All plain-text editions (zip)</a></li>
        </xsl:if>
        <li><a href="{$tt:root}index.html">Every document</a>: each page links its TEI P5 file and its plain-text edition.</li>
        <xsl:if test="$site/@schema">
          <li><a href="{$tt:root}{$site/@schema}" data-format="schema">Schema of the TEI files (RELAX NG)</a></li>
        </xsl:if>
        <xsl:if test="$site/@cmif">
          <li><a href="{$tt:root}{$site/@cmif}" data-format="cmif">Letters metadata (CMIF, for correspSearch)</a></li>
        </xsl:if>
      </ul>
    </section>
  </xsl:template>

</xsl:stylesheet>
