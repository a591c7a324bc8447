<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page frame every HTML page shares: head, banner with the edition's navigation and
  search form, main landmark, footer. Pages give their title, section and content. With
  `frame` false, a page writes its title, section and scripts (tt:packed, unescaped) and its
  content only: Python puts them into the frame made once for pages of that section
  (tt:frame-of, filled in by tei.render.frames).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    exclude-result-prefixes="#all">

  <!-- Rendering context from Python: <tt:context> with <tt:edition>, <tt:document>, ... -->
  <xsl:param name="context" as="document-node()?" select="()"/>

  <!-- Whether a page writes its frame (else its content only, see above). -->
  <xsl:param name="frame" as="xs:boolean" select="true()"/>

  <xsl:variable name="tt:context" select="$context/tt:context"/>
  <xsl:variable name="tt:edition" select="$tt:context/tt:edition"/>
  <xsl:variable name="tt:edition-title" as="xs:string"
      select="(string($tt:edition/@title)[.], 'TEI edition')[1]"/>

  <!-- Path from the page to the site root: '' for index pages, '../' for document pages. -->
  <xsl:variable name="tt:root" as="xs:string" select="''"/>

  <!-- The edition's sections: key, address from the root, name (maps: no tree to build on
       each page). -->
  <xsl:variable name="tt:sections" as="map(xs:string, xs:string)*" select="
      map { 'key': 'documents', 'href': 'index.html', 'name': 'Documents' },
      map { 'key': 'persons', 'href': 'persons.html', 'name': 'Persons' },
      map { 'key': 'places', 'href': 'places.html', 'name': 'Places' },
      map { 'key': 'orgs', 'href': 'organisations.html', 'name': 'Organisations' },
      map { 'key': 'timeline', 'href': 'timeline.html', 'name': 'Timeline' },
      map { 'key': 'map', 'href': 'map.html', 'name': 'Map' },
      map { 'key': 'search', 'href': 'search.html', 'name': 'Search' }"/>

  <xsl:template name="tt:page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="section" as="xs:string"/>
    <xsl:param name="content" as="node()*" select="()"/>
    <!-- Or the node whose mode tt:page-body template writes the content straight into the
         page (no temporary tree to build and copy). -->
    <xsl:param name="body" as="node()?" select="()"/>
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <!-- false: the page's title, section and scripts, then its content alone (see above). -->
    <xsl:param name="whole" as="xs:boolean" select="$frame"/>
    <xsl:choose>
      <xsl:when test="not($whole)">
        <xsl:value-of disable-output-escaping="yes" select="tt:packed(($title, $section, $scripts))"/>
        <xsl:sequence select="$content"/>
        <xsl:apply-templates select="$body" mode="tt:page-body"/>
      </xsl:when>
      <xsl:otherwise>
        <html lang="en">
          <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>
              <xsl:value-of select="$title || ' · ' || $tt:edition-title"/>
            </title>
            <link rel="stylesheet" href="{$tt:root}assets/edition.css"/>
            <xsl:for-each select="('assets/edition.js', $scripts)">
              <script src="{$tt:root}{.}" defer="defer"></script>
            </xsl:for-each>
          </head>
          <body class="page-{$section}">
            <a class="skip-link" href="#main">Skip to main content</a>
            <header class="site-header">
              <p class="site-title"><a href="{$tt:root}index.html"><xsl:value-of select="$tt:edition-title"/></a></p>
              <nav class="site-nav" aria-label="Edition">
                <ul>
                  <xsl:for-each select="$tt:sections">
                    <li>
                      <a href="{$tt:root}{?href}">
                        <xsl:if test="?key = $section">
                          <xsl:attribute name="aria-current" select="'page'"/>
                        </xsl:if>
                        <xsl:value-of select="?name"/>
                      </a>
                    </li>
                  </xsl:for-each>
                  <xsl:for-each select="$tt:context/tt:page">
                    <li class="nav-apparatus">
                      <a href="{$tt:root}{@href}">
                        <xsl:if test="@key = $section">
                          <xsl:attribute name="aria-current" select="'page'"/>
                        </xsl:if>
                        <xsl:value-of select="@title"/>
                      </a>
                    </li>
                  </xsl:for-each>
                </ul>
              </nav>
              <xsl:if test="$section != 'search'">
                <form class="site-search" role="search" action="{$tt:root}search.html" method="get">
                  <label class="visually-hidden" for="site-search-q">Search the edition</label>
                  <input type="search" id="site-search-q" name="q" placeholder="Search the edition"/>
                  <button type="submit">Search</button>
                </form>
              </xsl:if>
            </header>
            <main id="main" tabindex="-1">
              <xsl:sequence select="$content"/>
              <xsl:apply-templates select="$body" mode="tt:page-body"/>
            </main>
            <footer class="site-footer">
              <xsl:call-template name="tt:footer"/>
            </footer>
          </body>
        </html>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The frame of a page of `section` with these scripts, `title` and `body` (markers) in
       place of its title and content. -->
  <xsl:template name="tt:frame-of">
    <xsl:param name="section" as="xs:string"/>
    <xsl:param name="scripts" as="xs:string*"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="body" as="xs:string"/>
    <xsl:call-template name="tt:page">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="section" select="$section"/>
      <xsl:with-param name="scripts" select="$scripts"/>
      <xsl:with-param name="content"><xsl:value-of select="$body"/></xsl:with-param>
      <xsl:with-param name="whole" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Strings as "<count> <length>... <string>...", lengths in characters (a header Python
       splits off a result: tei.render.frames.unpack). -->
  <xsl:function name="tt:packed" as="xs:string">
    <xsl:param name="strings" as="xs:string*"/>
    <xsl:sequence select="string-join((string(count($strings)),
        $strings ! string(string-length(.))), ' ') || ' ' || string-join($strings)"/>
  </xsl:function>

  <!-- "Version 1.0, published 30 November 2026. " (either part only when the edition has it). -->
  <xsl:template name="tt:release">
    <xsl:variable name="version" select="normalize-space($tt:edition/@version)"/>
    <xsl:variable name="published" select="string($tt:edition/@published)"/>
    <xsl:variable name="parts" select="($version[.] ! ('Version ' || .),
        $published[. castable as xs:date] ! ('published ' || tt:date-words(xs:date(.))))"/>
    <xsl:if test="exists($parts)">
      <span class="release">
        <xsl:value-of select="upper-case(substring($parts[1], 1, 1)) || substring(string-join($parts, ', '), 2) || '. '"/>
      </span>
    </xsl:if>
  </xsl:template>

  <xsl:template name="tt:footer">
    <p>
      <xsl:value-of select="$tt:edition-title"/>
      <xsl:if test="string($tt:edition/@editors)">
        <xsl:value-of select="', edited by ' || string-join(tokenize($tt:edition/@editors, '; '), ', ')"/>
      </xsl:if>
      <xsl:if test="string($tt:edition/@publisher)">
        <xsl:value-of select="', published by ' || $tt:edition/@publisher"/>
      </xsl:if>
      <xsl:text>. </xsl:text>
      <xsl:call-template name="tt:release"/>
      <xsl:if test="$tt:edition/@licence">
        <xsl:text>Encoding licensed under </xsl:text>
        <xsl:variable name="url" select="tt:safe-url($tt:edition/@licence-url)"/>
        <xsl:choose>
          <xsl:when test="$url"><a href="{$url}" rel="license"><xsl:value-of select="$tt:edition/@licence"/></a></xsl:when>
          <xsl:otherwise><xsl:value-of select="$tt:edition/@licence"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text>; the transcribed texts keep their source's reuse statement.</xsl:text>
      </xsl:if>
    </p>
    <xsl:variable name="site" select="$tt:context/tt:site"/>
    <xsl:if test="$site">
      <p class="site-data">
        <xsl:text>Data: </xsl:text>
        <a href="{$tt:root}{$site/@schema}" data-format="schema">Schema of the TEI files (RELAX NG)</a>
        <xsl:if test="$site/@cmif">
          <xsl:text> · </xsl:text>
          <a href="{$tt:root}{$site/@cmif}" data-format="cmif">Letters metadata (CMIF, for correspSearch)</a>
        </xsl:if>
      </p>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
