<?xml version="1.0" encoding="UTF-8"?>
<!--
  Index pages of the edition, from the records of all documents (<corpus><doc>..</doc></corpus>,
  in date order): the documents table (index.html), persons, places, organisations and the
  search page. Each page is an xsl:result-document holding the serialised HTML as text; the
  caller checks every address and writes the files.
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

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="tt:serialization" as="map(*)" select="map {
      'method': 'html', 'html-version': 5.0, 'indent': false(), 'include-content-type': false() }"/>

  <xsl:key name="tt:entries" match="entity" use="@kind || ' ' || @id"/>

  <xsl:variable name="tt:kinds" as="element(tt:kind)*">
    <tt:kind key="person" section="persons" href="persons.html" one="person" many="persons">Persons</tt:kind>
    <tt:kind key="place" section="places" href="places.html" one="place" many="places">Places</tt:kind>
    <tt:kind key="org" section="orgs" href="organisations.html" one="organisation" many="organisations">Organisations</tt:kind>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:call-template name="tt:write">
      <xsl:with-param name="href" select="'index.html'"/>
      <xsl:with-param name="title" select="'Documents'"/>
      <xsl:with-param name="section" select="'documents'"/>
      <xsl:with-param name="content"><xsl:apply-templates select="corpus" mode="tt:documents"/></xsl:with-param>
    </xsl:call-template>
    <xsl:variable name="corpus" select="corpus"/>
    <xsl:for-each select="$tt:kinds">
      <xsl:variable name="kind" select="."/>
      <xsl:call-template name="tt:write">
        <xsl:with-param name="href" select="string(@href)"/>
        <xsl:with-param name="title" select="string(.)"/>
        <xsl:with-param name="section" select="string(@section)"/>
        <xsl:with-param name="content">
          <xsl:apply-templates select="$corpus" mode="tt:entities">
            <xsl:with-param name="kind" select="$kind"/>
          </xsl:apply-templates>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="tt:search-page"/>
  </xsl:template>

  <xsl:template name="tt:write">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="section" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <xsl:variable name="page">
      <xsl:call-template name="tt:page">
        <xsl:with-param name="title" select="$title"/>
        <xsl:with-param name="section" select="$section"/>
        <xsl:with-param name="content" select="$content"/>
        <xsl:with-param name="scripts" select="$scripts"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:result-document href="{$href}" method="text">
      <xsl:value-of select="serialize($page, $tt:serialization)"/>
    </xsl:result-document>
  </xsl:template>

  <!-- All documents in a table: complete without JavaScript, sortable and filterable with it. -->
  <xsl:template match="corpus" mode="tt:documents">
    <h1>Documents</h1>
    <p class="lede">
      <xsl:value-of select="count(doc) || (if (count(doc) = 1) then ' document' else ' documents')
          || ', in order of date.'"/>
    </p>
    <div class="table-wrap">
      <table id="documents" class="documents sortable filterable">
        <caption class="visually-hidden">All documents of the edition</caption>
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
              <td><a href="{@page}"><xsl:value-of select="title"/></a></td>
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

  <!-- One index page: every entry of a kind, each with the documents that refer to it. -->
  <xsl:template match="corpus" mode="tt:entities">
    <xsl:param name="kind" as="element(tt:kind)"/>
    <xsl:variable name="entries" select="doc/entity[@kind = $kind/@key]"/>
    <h1><xsl:value-of select="$kind"/></h1>
    <xsl:variable name="count" select="count(distinct-values($entries/@id))"/>
    <p class="lede">
      <xsl:value-of select="$count || ' ' || (if ($count = 1) then $kind/@one else $kind/@many)
          || ' named in the documents, with every document that refers to them.'"/>
    </p>
    <!-- An entry is filed by its first record (the earliest document naming it). -->
    <xsl:variable name="heads" as="element(entity)*">
      <xsl:for-each-group select="$entries" group-by="@id">
        <xsl:sequence select="current-group()[1]"/>
      </xsl:for-each-group>
    </xsl:variable>
    <nav class="initials" aria-label="Initials">
      <ul>
        <xsl:for-each select="sort(distinct-values($heads ! tt:initial(@sort)))">
          <li><a href="#{$kind/@key}-{.}"><xsl:value-of select="upper-case(.)"/></a></li>
        </xsl:for-each>
      </ul>
    </nav>
    <xsl:for-each-group select="$heads" group-by="tt:initial(@sort)">
      <xsl:sort select="current-grouping-key()"/>
      <h2 class="letter" id="{$kind/@key}-{current-grouping-key()}">
        <xsl:value-of select="upper-case(current-grouping-key())"/>
      </h2>
      <xsl:for-each select="current-group()">
        <xsl:sort select="@sort"/>
        <xsl:sort select="@id"/>
        <xsl:call-template name="tt:entry">
          <xsl:with-param name="group" select="key('tt:entries', @kind || ' ' || @id)"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:for-each-group>
  </xsl:template>

  <!-- The letter an entry is filed under: first letter or digit of its sort key, else '#'. -->
  <xsl:function name="tt:initial" as="xs:string">
    <xsl:param name="sort" as="xs:string"/>
    <xsl:variable name="first" select="substring(replace($sort, '^[^\p{L}\p{N}]+', ''), 1, 1)"/>
    <xsl:sequence select="if ($first) then $first else '_'"/>
  </xsl:function>

  <!-- An entry: names from its first record, variants and links merged from all. -->
  <xsl:template name="tt:entry">
    <xsl:param name="group" as="element(entity)+"/>
    <xsl:variable name="id" select="string($group[1]/@id)"/>
    <section class="entry" id="{$id}" aria-labelledby="{$id}-name">
      <h3 id="{$id}-name"><xsl:value-of select="$group[1]/reg"/></h3>
      <xsl:variable name="occupations" select="distinct-values($group/occupation)"/>
      <xsl:if test="exists($occupations)">
        <p class="occupation"><xsl:value-of select="string-join($occupations, '; ')"/></p>
      </xsl:if>
      <xsl:variable name="variants" select="$group/variant"/>
      <xsl:variable name="pseudonyms" select="distinct-values($group/pseudonym)"/>
      <xsl:if test="exists($variants) or exists($pseudonyms)">
        <dl class="names">
          <xsl:if test="exists($variants)">
            <dt>Also written</dt>
            <dd>
              <xsl:for-each-group select="$variants" group-by="string(.)">
                <xsl:if test="position() gt 1">, </xsl:if>
                <span class="variant"><xsl:value-of select="."/></span>
                <xsl:if test="@label"><xsl:value-of select="' (' || @label || ')'"/></xsl:if>
              </xsl:for-each-group>
            </dd>
          </xsl:if>
          <xsl:if test="exists($pseudonyms)">
            <dt>Pseudonyms</dt>
            <dd>
              <xsl:for-each select="$pseudonyms">
                <xsl:if test="position() gt 1">, </xsl:if>
                <span class="pseudonym"><xsl:value-of select="."/></span>
              </xsl:for-each>
            </dd>
          </xsl:if>
        </dl>
      </xsl:if>
      <xsl:if test="$group/link">
        <p class="authorities">
          <xsl:text>Authority files: </xsl:text>
          <xsl:for-each-group select="$group/link" group-by="@href">
            <xsl:if test="position() gt 1"> · </xsl:if>
            <a href="{tt:safe-url(@href)}" rel="external"><xsl:value-of select="@label"/></a>
          </xsl:for-each-group>
        </p>
      </xsl:if>
      <xsl:if test="$group/@local = 'yes'">
        <p class="local-entry">Not yet in the corpus register.</p>
      </xsl:if>
      <h4 class="visually-hidden">Documents</h4>
      <ul class="mentions">
        <xsl:for-each select="$group">
          <li>
            <a href="{../@page}"><xsl:value-of select="../title"/></a>
            <xsl:if test="normalize-space(../date)">
              <xsl:text> </xsl:text>
              <span class="mention-date"><xsl:value-of select="../date"/></span>
            </xsl:if>
            <xsl:for-each select="tokenize(@roles)">
              <xsl:text> </xsl:text>
              <span class="role role-{.}"><xsl:value-of select="tt:label($tt:roles, .)"/></span>
            </xsl:for-each>
          </li>
        </xsl:for-each>
      </ul>
    </section>
  </xsl:template>

</xsl:stylesheet>
