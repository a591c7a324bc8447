<?xml version="1.0" encoding="UTF-8"?>
<!--
  The whole-corpus pages of the edition, one page per call (tei/render/indexes.py groups the
  records and builds each page's small input): a page of the documents table (<documents>),
  a page of an entity index (<entity-index>), a page of an entity's own page (<entity-page>),
  the timeline, the map (overview.xsl) and the search page (<search-page>). The page is the
  principal result, serialised by Saxon as the document pages are; the input's @path names it
  and the caller checks that address and writes the file. (Built as a temporary tree and
  serialised with serialize() into an xsl:result-document, a page cost about twice the CPU.)
  Several pages in one call: a <batch> of page inputs gives each page in turn (without its
  frame), the pages parted by tt:page-break, written unescaped (tei.render.saxon splits them
  and checks their count; a parse and a call cost about as much as a small page).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/labels.xsl"/>
  <xsl:import href="../common/functions.xsl"/>
  <xsl:import href="../common/dates.xsl"/>
  <xsl:import href="../html/frame.xsl"/>
  <xsl:import href="search.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"
              include-content-type="no"/>

  <xsl:include href="overview.xsl"/>

  <!-- Path from the page to the site root: '' at the root, '../' for entity pages. -->
  <xsl:variable name="tt:root" as="xs:string" select="string($tt:context/tt:document/@root)"/>

  <xsl:template match="/">
    <xsl:apply-templates select="*" mode="tt:page"/>
  </xsl:template>

  <xsl:template match="batch" mode="tt:page">
    <xsl:for-each select="*">
      <xsl:if test="position() gt 1">
        <xsl:value-of disable-output-escaping="yes" select="$tt:page-break"/>
      </xsl:if>
      <xsl:apply-templates select="." mode="tt:page"/>
    </xsl:for-each>
  </xsl:template>

  <!-- Between the pages of a batch (tei.render.saxon.PAGE_BREAK). -->
  <xsl:variable name="tt:page-break" as="xs:string" select="'TTPAGEBREAKX'"/>

  <xsl:template match="documents" mode="tt:page">
    <xsl:call-template name="tt:write">
      <xsl:with-param name="title" select="tt:numbered('Documents', .)"/>
      <xsl:with-param name="section" select="'documents'"/>
      <xsl:with-param name="content"><xsl:apply-templates select="." mode="tt:documents"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="entity-index" mode="tt:page">
    <xsl:call-template name="tt:write">
      <xsl:with-param name="title" select="tt:numbered(@title, .)"/>
      <xsl:with-param name="section" select="string(@section)"/>
      <xsl:with-param name="content"><xsl:apply-templates select="." mode="tt:entities"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="entity-page" mode="tt:page">
    <xsl:call-template name="tt:write">
      <xsl:with-param name="title" select="tt:numbered(entity/reg, .)"/>
      <xsl:with-param name="section" select="string(@section)"/>
      <xsl:with-param name="content"><xsl:apply-templates select="." mode="tt:entity"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="search-page" mode="tt:page">
    <xsl:call-template name="tt:write">
      <xsl:with-param name="title" select="'Search'"/>
      <xsl:with-param name="section" select="'search'"/>
      <xsl:with-param name="scripts" select="('search/index.js', 'assets/search-text.js', 'assets/search.js')"/>
      <xsl:with-param name="content"><xsl:call-template name="tt:search"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A page's title, with its number when it is one of several. -->
  <xsl:function name="tt:numbered" as="xs:string">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="input" as="element()"/>
    <xsl:sequence select="if (count($input/pages/page) le 1) then $title
        else $title || ', page ' || $input/@number || ' of ' || count($input/pages/page)"/>
  </xsl:function>

  <xsl:template name="tt:write">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="section" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <xsl:call-template name="tt:page">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="section" select="$section"/>
      <xsl:with-param name="content" select="$content"/>
      <xsl:with-param name="scripts" select="$scripts"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Links to every page of a paginated page, each with the range it holds. -->
  <xsl:template match="pages" mode="tt:page-list">
    <xsl:param name="label" as="xs:string"/>
    <xsl:if test="count(page) gt 1">
      <nav class="page-list" aria-label="{$label}">
        <ul>
          <xsl:for-each select="page">
            <li>
              <a href="{@href}">
                <xsl:if test="@number = ../../@number">
                  <xsl:attribute name="aria-current" select="'page'"/>
                </xsl:if>
                <span class="pager-number"><xsl:value-of select="@number"/></span>
                <xsl:text> </xsl:text>
                <span class="pager-label"><xsl:value-of select="@label"/></span>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- "documents 101-200 of 432" for the current page, nothing for a single page. -->
  <xsl:function name="tt:range" as="xs:string">
    <xsl:param name="input" as="element()"/>
    <xsl:param name="shown" as="xs:integer"/>
    <xsl:variable name="first" select="(xs:integer($input/@number) - 1) * xs:integer($input/@size) + 1"/>
    <xsl:sequence select="if (count($input/pages/page) le 1) then ''
        else ' Page ' || $input/@number || ' of ' || count($input/pages/page) || ': '
          || $first || '–' || ($first + $shown - 1) || '.'"/>
  </xsl:function>

  <!-- A page of the documents table: complete without JavaScript, sortable and filterable
       with it (within the page). -->
  <xsl:template match="documents" mode="tt:documents">
    <h1>Documents</h1>
    <p class="lede">
      <xsl:value-of select="@total || (if (@total = 1) then ' document' else ' documents')
          || ', in order of date.' || tt:range(., count(doc))"/>
    </p>
    <xsl:apply-templates select="pages" mode="tt:page-list">
      <xsl:with-param name="label" select="'Pages of the documents table'"/>
    </xsl:apply-templates>
    <div class="table-wrap">
      <table id="documents" class="documents sortable filterable">
        <caption class="visually-hidden">
          <xsl:value-of select="if (count(pages/page) gt 1) then 'Documents of this page'
              else 'All documents of the edition'"/>
        </caption>
        <thead>
          <tr>
            <th scope="col" data-key="date">Date</th>
            <th scope="col" data-key="title">Title</th>
            <th scope="col" data-key="from">From</th>
            <th scope="col" data-key="to">To</th>
            <th scope="col" data-key="type">Type</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="doc">
            <tr data-type="{tt:class-token(type)}">
              <td data-sort="{@sort}">
                <xsl:call-template name="tt:date"/>
              </td>
              <td><a href="{$tt:root}{@page}"><xsl:value-of select="title"/></a></td>
              <td><xsl:value-of select="from"/></td>
              <td><xsl:value-of select="to"/></td>
              <td><xsl:value-of select="type"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <xsl:template name="tt:date">
    <xsl:variable name="when" select="normalize-space(date/@when)"/>
    <xsl:choose>
      <xsl:when test="$when castable as xs:date or $when castable as xs:dateTime">
        <time datetime="{$when}"><xsl:value-of select="date"/></time>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="date"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A page of an entity index: each entry links to its own page. -->
  <xsl:template match="entity-index" mode="tt:entities">
    <h1><xsl:value-of select="@title"/></h1>
    <p class="lede">
      <xsl:value-of select="@total || ' ' || lower-case(if (@total = 1) then tt:kind-label(@kind)
          else @title) || ' named in the documents.' || tt:range(., count(entity))"/>
    </p>
    <xsl:apply-templates select="pages" mode="tt:page-list">
      <xsl:with-param name="label" select="'Pages of the ' || lower-case(@title)"/>
    </xsl:apply-templates>
    <ul class="entity-list">
      <xsl:for-each select="entity">
        <li>
          <a href="{@href}"><xsl:value-of select="reg"/></a>
          <xsl:if test="occupation">
            <span class="occupation"><xsl:value-of select="' — ' || string-join(occupation, '; ')"/></span>
          </xsl:if>
          <xsl:text> </xsl:text>
          <span class="count"><xsl:value-of select="'(' || @count || (if (@count = 1)
              then ' document)' else ' documents)')"/></span>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:function name="tt:kind-label" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="map { 'person': 'Person', 'place': 'Place', 'org': 'Organisation' }($kind)"/>
  </xsl:function>

  <!-- An entity's own page: its register facts and the documents that refer to it. -->
  <xsl:template match="entity-page" mode="tt:entity">
    <xsl:variable name="entity" select="entity"/>
    <p class="breadcrumb"><a href="{@index}"><xsl:value-of select="@title"/></a></p>
    <h1><xsl:value-of select="$entity/reg"/></h1>
    <p class="entity-kind"><xsl:value-of select="tt:kind-label(@kind)"/></p>
    <dl class="entity-facts">
      <xsl:apply-templates select="$entity/occupation[1], $entity/birth[1], $entity/death[1],
          $entity/geo[1]" mode="tt:fact"/>
      <xsl:call-template name="tt:names">
        <xsl:with-param name="entity" select="$entity"/>
      </xsl:call-template>
      <xsl:if test="$entity/link">
        <dt>Authority files</dt>
        <dd class="authorities">
          <xsl:for-each select="$entity/link">
            <xsl:if test="position() gt 1"> · </xsl:if>
            <a href="{tt:safe-url(@href)}" rel="external"><xsl:value-of select="@label"/></a>
          </xsl:for-each>
        </dd>
      </xsl:if>
    </dl>
    <xsl:if test="$entity/@local = 'yes'">
      <p class="local-entry">Not yet in the corpus register.</p>
    </xsl:if>
    <h2 id="documents-heading">Documents</h2>
    <p>
      <xsl:value-of select="@total || (if (@total = 1) then ' document refers' else ' documents refer')
          || ' to ' || $entity/reg || ', in order of date.' || tt:range(., count(mention))"/>
    </p>
    <xsl:apply-templates select="pages" mode="tt:page-list">
      <xsl:with-param name="label" select="'Pages of the documents'"/>
    </xsl:apply-templates>
    <ul class="mentions" aria-labelledby="documents-heading">
      <xsl:for-each select="mention">
        <li>
          <a href="{$tt:root}{doc/@page}"><xsl:value-of select="doc/title"/></a>
          <xsl:if test="normalize-space(doc/date)">
            <xsl:text> </xsl:text>
            <span class="mention-date"><xsl:value-of select="doc/date"/></span>
          </xsl:if>
          <xsl:for-each select="tokenize(@roles)">
            <xsl:text> </xsl:text>
            <span class="role role-{.}"><xsl:value-of select="tt:label($tt:roles, .)"/></span>
          </xsl:for-each>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template match="occupation" mode="tt:fact">
    <dt>Occupation</dt>
    <dd class="occupation"><xsl:value-of select="string-join(../occupation, '; ')"/></dd>
  </xsl:template>

  <xsl:template match="birth | death" mode="tt:fact">
    <dt><xsl:value-of select="if (self::birth) then 'Born' else 'Died'"/></dt>
    <dd class="{local-name()}"><time datetime="{@when}"><xsl:value-of select="."/></time></dd>
  </xsl:template>

  <xsl:template match="geo" mode="tt:fact">
    <dt>Coordinates</dt>
    <dd class="geo" data-lat="{@lat}" data-lon="{@lon}">
      <xsl:value-of select="tt:degrees(@lat, 'N', 'S') || ', ' || tt:degrees(@lon, 'E', 'W')"/>
    </dd>
  </xsl:template>

  <!-- "39.9042" -> "39.90° N" (as given when it is not a number). -->
  <xsl:function name="tt:degrees" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:param name="plus" as="xs:string"/>
    <xsl:param name="minus" as="xs:string"/>
    <xsl:sequence select="if (not($value castable as xs:decimal)) then $value
        else format-number(abs(xs:decimal($value)), '0.00') || '° '
          || (if (xs:decimal($value) lt 0) then $minus else $plus)"/>
  </xsl:function>

  <xsl:template name="tt:names">
    <xsl:param name="entity" as="element(entity)"/>
    <xsl:if test="$entity/variant">
      <dt>Also written</dt>
      <dd>
        <xsl:for-each-group select="$entity/variant" group-by="string(.)">
          <xsl:if test="position() gt 1">, </xsl:if>
          <span class="variant"><xsl:value-of select="."/></span>
          <xsl:if test="@label"><xsl:value-of select="' (' || @label || ')'"/></xsl:if>
        </xsl:for-each-group>
      </dd>
    </xsl:if>
    <xsl:if test="$entity/pseudonym">
      <dt>Pseudonyms</dt>
      <dd>
        <xsl:for-each select="distinct-values($entity/pseudonym)">
          <xsl:if test="position() gt 1">, </xsl:if>
          <span class="pseudonym"><xsl:value-of select="."/></span>
        </xsl:for-each>
      </dd>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
