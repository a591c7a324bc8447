<?xml version="1.0" encoding="UTF-8"?>
<!--
  Citations offered in three forms, each with a copy button (assets/citation.js): plain text,
  BibTeX and CSL-JSON (for Zotero and other reference managers). A citation is built from
  fields (<tt:f name="...">), so the forms always agree; the document page cites the
  document, the How to cite page the edition. The access date is a placeholder the reader
  fills in (the script fills in today's date).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fn="http://www.w3.org/2005/xpath-functions"
    xmlns:tt="urn:x-tei-telegrams"
    exclude-result-prefixes="#all">

  <xsl:variable name="tt:access-date-text" as="xs:string" select="'[access date]'"/>
  <xsl:variable name="tt:access-date-iso" as="xs:string" select="'YYYY-MM-DD'"/>

  <!-- The address of a page of the site: on the published site when the edition has a base
       URL, else relative to the site's root. -->
  <xsl:function name="tt:site-url" as="xs:string">
    <xsl:param name="page" as="xs:string"/>
    <xsl:variable name="base" select="replace(string($tt:edition/@base-url), '/+$', '')"/>
    <xsl:sequence select="if ($base) then $base || '/' || $page else $page"/>
  </xsl:function>

  <!-- The editors as a list: "A and B" (BibTeX), or names for CSL. -->
  <xsl:function name="tt:edition-editors" as="xs:string*">
    <xsl:sequence select="tokenize(string($tt:edition/@editors), '; ')[normalize-space()]"/>
  </xsl:function>

  <!-- A block with the three forms and their copy buttons; `id` names it in the page. -->
  <xsl:template name="tt:citation-block">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="bibtex" as="xs:string"/>
    <xsl:param name="csl" as="xs:string"/>
    <div class="citation-block" data-citation="{$id}">
      <p class="citation" id="{$id}-text"><xsl:value-of select="$text"/></p>
      <xsl:call-template name="tt:copy-button">
        <xsl:with-param name="target" select="$id || '-text'"/>
        <xsl:with-param name="label" select="'Copy citation'"/>
      </xsl:call-template>
      <xsl:for-each select="('BibTeX', 'CSL-JSON')">
        <xsl:variable name="target" select="$id || '-' || lower-case(replace(., '-', ''))"/>
        <details class="citation-format">
          <summary><xsl:value-of select="."/></summary>
          <pre class="citation-code" id="{$target}"><xsl:value-of select="if (. = 'BibTeX') then $bibtex else $csl"/></pre>
          <xsl:call-template name="tt:copy-button">
            <xsl:with-param name="target" select="$target"/>
            <xsl:with-param name="label" select="'Copy ' || ."/>
          </xsl:call-template>
        </details>
      </xsl:for-each>
      <p class="copy-status" role="status"></p>
    </div>
  </xsl:template>

  <xsl:template name="tt:copy-button">
    <xsl:param name="target" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <button type="button" class="copy-button" data-copy="{$target}" hidden="hidden">
      <xsl:value-of select="$label"/>
    </button>
  </xsl:template>

  <!-- BibTeX entry: @type{key, name = {value}, ...}; values escaped, names as given. -->
  <xsl:function name="tt:bibtex" as="xs:string">
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="fields" as="element(tt:f)*"/>
    <xsl:variable name="lines" select="$fields[normalize-space()] ! ('  ' || @name || ' = {'
        || (if (@raw) then string(.) else tt:bibtex-escape(.)) || '}')"/>
    <xsl:sequence select="'@' || $type || '{' || replace($key, '[^A-Za-z0-9_:.\-]', '_')
        || ',&#10;' || string-join($lines, ',&#10;') || '&#10;}'"/>
  </xsl:function>

  <xsl:function name="tt:bibtex-escape" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:variable name="text" select="normalize-space($value)"/>
    <xsl:variable name="slashes" select="replace($text, '\\', '\\textbackslash ')"/>
    <!-- The regexes (slow in SaxonC) only for a value with a character to escape. -->
    <xsl:sequence select="if (translate($text, '\{}&amp;%$#_~^', '') = $text) then $text
        else replace(replace(replace($slashes, '([{}&amp;%$#_])', '\\$1'),
        '~', '\\textasciitilde '), '\^', '\\textasciicircum ')"/>
  </xsl:function>

  <!-- A BibTeX field, its value escaped (tt:bib) or as given (tt:bib-raw: URLs, dates). -->
  <xsl:function name="tt:bib" as="element(tt:f)">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <tt:f name="{$name}"><xsl:value-of select="$value"/></tt:f>
  </xsl:function>

  <xsl:function name="tt:bib-raw" as="element(tt:f)">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <tt:f name="{$name}" raw="yes"><xsl:value-of select="$value"/></tt:f>
  </xsl:function>

  <!-- BibTeX names: "{A} and {B}" (braced, so that no name is split into first and last). -->
  <xsl:function name="tt:bibtex-names" as="element(tt:f)?">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="names" as="xs:string*"/>
    <xsl:if test="exists($names)">
      <tt:f name="{$name}" raw="yes">
        <xsl:value-of select="string-join($names ! ('{' || tt:bibtex-escape(.) || '}'), ' and ')"/>
      </tt:f>
    </xsl:if>
  </xsl:function>

  <!-- CSL-JSON: one item in an array, serialised (on one line) from the XPath map vocabulary
       (keys in the order given, so the output is the same on every run). -->
  <xsl:function name="tt:csl-json" as="xs:string">
    <xsl:param name="fields" as="element()*"/>
    <xsl:variable name="json" as="element()">
      <fn:array><fn:map><xsl:sequence select="$fields"/></fn:map></fn:array>
    </xsl:variable>
    <xsl:sequence select="xml-to-json($json)"/>
  </xsl:function>

  <xsl:function name="tt:csl-string" as="element()?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:if test="normalize-space($value)">
      <fn:string key="{$key}"><xsl:value-of select="normalize-space($value)"/></fn:string>
    </xsl:if>
  </xsl:function>

  <xsl:function name="tt:csl-names" as="element()?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="names" as="xs:string*"/>
    <xsl:if test="exists($names[normalize-space()])">
      <fn:array key="{$key}">
        <xsl:for-each select="$names[normalize-space()]">
          <fn:map><fn:string key="literal"><xsl:value-of select="normalize-space()"/></fn:string></fn:map>
        </xsl:for-each>
      </fn:array>
    </xsl:if>
  </xsl:function>

  <!-- {"date-parts": [[1951, 7, 3]]} from an ISO date (year, month and day as far as known). -->
  <xsl:function name="tt:csl-date" as="element()?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="when" as="xs:string?"/>
    <xsl:variable name="parts" select="tokenize(replace(string($when), '^(\d{4}(-\d{2}){0,2}).*$', '$1'), '-')"/>
    <xsl:if test="matches(string($when), '^\d{4}')">
      <fn:map key="{$key}">
        <fn:array key="date-parts">
          <fn:array>
            <xsl:for-each select="$parts"><fn:number><xsl:value-of select="xs:integer(.)"/></fn:number></xsl:for-each>
          </fn:array>
        </fn:array>
      </fn:map>
    </xsl:if>
  </xsl:function>

  <xsl:function name="tt:csl-raw-date" as="element()">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="raw" as="xs:string"/>
    <fn:map key="{$key}"><fn:string key="raw"><xsl:value-of select="$raw"/></fn:string></fn:map>
  </xsl:function>

</xsl:stylesheet>
