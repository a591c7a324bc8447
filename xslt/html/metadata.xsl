<?xml version="1.0" encoding="UTF-8"?>
<!--
  The metadata panel of a document page (a complementary landmark, after the text): the header
  facts (common/header.xsl) as a definition list, the archive's summary, the citation in three
  forms (citation.xsl) and the download links.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- One row of the panel; nothing when the value is empty. -->
  <xsl:template name="tt:fact">
    <xsl:param name="field" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="item()*"/>
    <xsl:if test="some $v in $value satisfies normalize-space(string($v)) or $v instance of element()">
      <div class="fact" data-field="{$field}">
        <dt><xsl:value-of select="$label"/></dt>
        <dd><xsl:sequence select="$value"/></dd>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- A date as <time> when its value is a W3C date or dateTime. -->
  <xsl:template name="tt:time">
    <xsl:param name="date" as="element()?"/>
    <xsl:variable name="when" select="normalize-space($date/@when)"/>
    <xsl:choose>
      <xsl:when test="$when castable as xs:date or $when castable as xs:dateTime">
        <time datetime="{$when}"><xsl:value-of select="tt:date-label($date)"/></time>
      </xsl:when>
      <xsl:when test="exists($date)">
        <xsl:value-of select="tt:date-label($date)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- "Mao Zedong, Beijing": the parties of an action, then its places. -->
  <xsl:template name="tt:parties">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:variable name="items" as="element()*"
        select="(tt:parties($tei, $type), tt:action-places($tei, $type))"/>
    <xsl:for-each select="$items">
      <xsl:if test="position() gt 1">, </xsl:if>
      <xsl:apply-templates select="." mode="tt:party"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="tt:metadata">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="date" select="tt:doc-date($tei)"/>
    <xsl:variable name="received" select="tt:action-date($tei, 'received')"/>
    <xsl:variable name="source" select="tt:source-url($tei)"/>
    <xsl:variable name="summary" select="tt:summary($tei)"/>
    <aside class="metadata" aria-labelledby="metadata-heading">
      <h2 id="metadata-heading">About this document</h2>
      <dl class="facts">
        <xsl:call-template name="tt:fact">
          <xsl:with-param name="field" select="'date'"/>
          <xsl:with-param name="label" select="'Date'"/>
          <xsl:with-param name="value"><xsl:call-template name="tt:time"><xsl:with-param name="date" select="$date"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:if test="empty($date)">
          <xsl:call-template name="tt:fact">
            <xsl:with-param name="field" select="'date'"/>
            <xsl:with-param name="label" select="'Date'"/>
            <xsl:with-param name="value"><abbr title="no date">n.d.</abbr></xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="tt:fact">
          <xsl:with-param name="field" select="'from'"/>
          <xsl:with-param name="label" select="'From'"/>
          <xsl:with-param name="value"><xsl:call-template name="tt:parties"><xsl:with-param name="tei" select="$tei"/><xsl:with-param name="type" select="'sent'"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="tt:fact">
          <xsl:with-param name="field" select="'to'"/>
          <xsl:with-param name="label" select="'To'"/>
          <xsl:with-param name="value"><xsl:call-template name="tt:parties"><xsl:with-param name="tei" select="$tei"/><xsl:with-param name="type" select="'received'"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:if test="exists($received) and not($received is $date)">
          <xsl:call-template name="tt:fact">
            <xsl:with-param name="field" select="'received'"/>
            <xsl:with-param name="label" select="'Received'"/>
            <xsl:with-param name="value"><xsl:call-template name="tt:time"><xsl:with-param name="date" select="$received"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="tt:fact">
          <xsl:with-param name="field" select="'type'"/>
          <xsl:with-param name="label" select="'Document type'"/>
          <xsl:with-param name="value" select="tt:doc-type($tei)"/>
        </xsl:call-template>
        <xsl:call-template name="tt:fact">
          <xsl:with-param name="field" select="'repository'"/>
          <xsl:with-param name="label" select="'Archive'"/>
          <xsl:with-param name="value" select="tt:repository($tei)"/>
        </xsl:call-template>
        <xsl:call-template name="tt:fact">
          <xsl:with-param name="field" select="'shelfmark'"/>
          <xsl:with-param name="label" select="'Archival signature'"/>
          <xsl:with-param name="value" select="tt:shelfmark($tei)"/>
        </xsl:call-template>
        <xsl:for-each select="tt:numbers($tei)">
          <xsl:call-template name="tt:fact">
            <xsl:with-param name="field" select="string(@type)"/>
            <xsl:with-param name="label" select="tt:number-label(@type)"/>
            <xsl:with-param name="value" select="string(.)"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:for-each select="tt:keywords($tei)">
          <xsl:call-template name="tt:fact">
            <xsl:with-param name="field" select="'keywords'"/>
            <xsl:with-param name="label" select="if (@n) then tt:label($tt:keyword-fields, @n) else 'Keywords'"/>
            <xsl:with-param name="value" select="string-join(term[normalize-space()] ! normalize-space(.), '; ')"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="tt:fact">
          <xsl:with-param name="field" select="'language'"/>
          <xsl:with-param name="label" select="'Original language'"/>
          <xsl:with-param name="value" select="tt:original-language($tei)"/>
        </xsl:call-template>
        <xsl:call-template name="tt:fact">
          <xsl:with-param name="field" select="'translator'"/>
          <xsl:with-param name="label" select="'Translated by'"/>
          <xsl:with-param name="value" select="tt:translators($tei)"/>
        </xsl:call-template>
        <xsl:call-template name="tt:fact">
          <xsl:with-param name="field" select="'source'"/>
          <xsl:with-param name="label" select="'Source'"/>
          <xsl:with-param name="value" select="if ($source) then tt:external-link($source, $source) else ()"/>
        </xsl:call-template>
        <xsl:call-template name="tt:fact">
          <xsl:with-param name="field" select="'funder'"/>
          <xsl:with-param name="label" select="'Made possible by'"/>
          <xsl:with-param name="value" select="tt:funders($tei)"/>
        </xsl:call-template>
        <xsl:call-template name="tt:fact">
          <xsl:with-param name="field" select="'licence'"/>
          <xsl:with-param name="label" select="'Rights'"/>
          <xsl:with-param name="value"><xsl:apply-templates select="tt:availability($tei)" mode="tt:rights"/></xsl:with-param>
        </xsl:call-template>
      </dl>
      <xsl:if test="exists($summary)">
        <h3>Summary</h3>
        <div class="summary">
          <xsl:apply-templates select="if ($summary/p) then $summary/node() else $summary"/>
        </div>
      </xsl:if>
      <h3>Cite this document</h3>
      <xsl:call-template name="tt:document-citation">
        <xsl:with-param name="tei" select="$tei"/>
        <xsl:with-param name="date" select="$date"/>
        <xsl:with-param name="source" select="$source"/>
      </xsl:call-template>
      <h3>Downloads</h3>
      <ul class="downloads">
        <xsl:for-each select="$tt:document/(@tei, @text)">
          <li>
            <a href="{.}" data-format="{local-name()}">
              <xsl:value-of select="if (local-name() = 'tei') then 'TEI P5 XML' else 'Plain text edition'"/>
            </a>
          </li>
        </xsl:for-each>
      </ul>
    </aside>
  </xsl:template>

  <xsl:function name="tt:external-link" as="element()">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="text" as="xs:string"/>
    <a href="{$href}" rel="external"><xsl:value-of select="$text"/></a>
  </xsl:function>

  <!-- Rights: short licences as links; reuse statements (which can be long) folded away. -->
  <xsl:template match="availability" mode="tt:rights">
    <xsl:variable name="short" select="licence[not(p)][string-length(normalize-space()) le 80]"/>
    <xsl:for-each select="$short">
      <xsl:variable name="url" select="tt:safe-url(@target)"/>
      <p class="licence">
        <xsl:choose>
          <xsl:when test="$url">
            <a href="{$url}" rel="license"><xsl:value-of select="(normalize-space()[.], $url)[1]"/></a>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="normalize-space()"/></xsl:otherwise>
        </xsl:choose>
      </p>
    </xsl:for-each>
    <xsl:variable name="statement" select="* except $short"/>
    <xsl:if test="exists($statement)">
      <details class="reuse">
        <summary>Reuse statement</summary>
        <xsl:for-each select="$statement">
          <xsl:choose>
            <xsl:when test="self::licence[p]"><xsl:apply-templates/></xsl:when>
            <xsl:when test="self::licence"><p><xsl:apply-templates/></p></xsl:when>
            <xsl:otherwise><xsl:apply-templates select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </details>
    </xsl:if>
  </xsl:template>

  <!-- The document's citation: its title, date, archive and shelfmark, the edition with its
       editors and version, the page's address and an access date to fill in. -->
  <xsl:template name="tt:document-citation">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="date" as="element()?"/>
    <xsl:param name="source" as="xs:string"/>
    <xsl:variable name="id" select="string($tt:document/@id)"/>
    <xsl:variable name="title" select="tt:title($tei)"/>
    <xsl:variable name="date-label" select="(($date ! tt:date-label(.))[normalize-space()], 'n.d.')[1]"/>
    <xsl:variable name="when" select="string(($date/@when, $date/@notBefore, $date/@from)[1])"/>
    <xsl:variable name="url" select="tt:site-url(string($tt:document/@page))"/>
    <xsl:variable name="senders" select="tt:parties($tei, 'sent') ! tt:party-label(.)"/>
    <xsl:variable name="recipients" select="tt:parties($tei, 'received') ! tt:party-label(.)"/>
    <xsl:variable name="translators" select="tt:translators($tei)"/>
    <xsl:variable name="archive" select="string-join((tt:repository($tei)[.], tt:shelfmark($tei)[.]), ', ')"/>
    <xsl:variable name="editors" select="tt:edition-editors()"/>
    <xsl:variable name="version" select="string($tt:edition/@version)"/>
    <xsl:variable name="in" select="$tt:edition-title
        || (if (exists($editors)) then ', edited by ' || string-join($editors, ', ') else '')
        || ($version[.] ! (', version ' || .))"/>
    <xsl:call-template name="tt:citation-block">
      <xsl:with-param name="id" select="'cite-document'"/>
      <xsl:with-param name="text" select="string-join((
          '“' || $title || '”', $date-label, $archive[.]), ', ') || '.'
          || ($translators[.] ! (' Translated by ' || . || '.'))
          || ' In: ' || $in || '. ' || $url || ' (accessed ' || $tt:access-date-text || ').'
          || ($source[.] ! (' Source: ' || .))"/>
      <xsl:with-param name="bibtex" select="tt:bibtex('misc', ($id[.], 'document')[1], (
          tt:bibtex-names('author', $senders),
          tt:bib-raw('title', '{' || tt:bibtex-escape($title) || '}'),
          tt:bib-raw('date', replace($when, 'T.*$', '')[matches(., '^\d{4}')]),
          tt:bib('note', string-join((tt:doc-type($tei)[.], $archive[.], $translators[.] ! ('Translated by ' || .)), '. ')),
          tt:bib('howpublished', 'In: ' || $in),
          tt:bibtex-names('editor', $editors),
          tt:bib('publisher', $tt:edition/@publisher),
          tt:bib-raw('url', $url),
          tt:bib-raw('urldate', $tt:access-date-iso)))"/>
      <xsl:with-param name="csl" select="tt:csl-json((
          tt:csl-string('id', ($id[.], 'document')[1]),
          tt:csl-string('type', 'manuscript'),
          tt:csl-string('title', $title),
          tt:csl-string('genre', tt:doc-type($tei)),
          tt:csl-names('author', $senders),
          tt:csl-names('recipient', $recipients),
          tt:csl-names('translator', tokenize($translators, ', ')),
          tt:csl-date('issued', $when),
          tt:csl-string('archive', tt:repository($tei)),
          tt:csl-string('archive_location', tt:shelfmark($tei)),
          tt:csl-string('container-title', $tt:edition-title),
          tt:csl-names('editor', $editors),
          tt:csl-string('publisher', $tt:edition/@publisher),
          tt:csl-string('version', $version),
          tt:csl-string('URL', $url),
          tt:csl-raw-date('accessed', $tt:access-date-iso),
          tt:csl-string('source', $source)))"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
