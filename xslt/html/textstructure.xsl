<?xml version="1.0" encoding="UTF-8"?>
<!--
  Text structure: divisions, paragraphs, heads, opener and closer, lists, embedded documents,
  line and page breaks, highlighting, and the fallback that keeps the text of any element we
  do not know (as a span or div whose class names the element).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- class (tei-<name>, type, rend) and lang of the element being rendered -->
  <xsl:template name="tt:attrs">
    <xsl:param name="class" as="xs:string*" select="()"/>
    <xsl:attribute name="class" select="if (empty((@type, @rend, $class))) then 'tei-' || local-name()
        else string-join(distinct-values(('tei-' || local-name(), @type ! ('type-' || tt:class-token(.)),
            @rend ! tokenize(.) ! ('rend-' || tt:class-token(.)), $class)), ' ')"/>
    <xsl:if test="@xml:lang">
      <xsl:attribute name="lang" select="@xml:lang"/>
    </xsl:if>
  </xsl:template>

  <!-- A block: <p> when it holds only inline content, else <div>. -->
  <xsl:template name="tt:block">
    <xsl:param name="class" as="xs:string*" select="()"/>
    <xsl:param name="title" as="xs:string?" select="()"/>
    <xsl:element name="{if (some $c in * satisfies tt:is-block($c)) then 'div' else 'p'}">
      <xsl:call-template name="tt:attrs">
        <xsl:with-param name="class" select="$class"/>
      </xsl:call-template>
      <xsl:if test="$title">
        <xsl:attribute name="title" select="$title"/>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="text">
    <xsl:apply-templates select="front, body, back"/>
  </xsl:template>

  <xsl:template match="front | body | back | div | div1 | div2 | div3 | div4 | div5 | div6 | div7
                       | opener | closer | postscript | address | argument | lg | figure">
    <div>
      <xsl:call-template name="tt:attrs"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="p | ab | l | addrLine | trailer | byline | epigraph">
    <xsl:call-template name="tt:block"/>
  </xsl:template>

  <!-- A numbered paragraph (`2.` after an unnumbered first one, its number in @n) shows its
       number as the source printed it. -->
  <xsl:template match="p[normalize-space(@n)]" priority="1">
    <xsl:element name="{if (some $c in * satisfies tt:is-block($c)) then 'div' else 'p'}">
      <xsl:call-template name="tt:attrs"/>
      <span class="para-number"><xsl:value-of select="normalize-space(@n) || '.'"/></span>
      <xsl:text> </xsl:text>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- salute, dateline, signed: lines of their own in an opener or closer, inline in a p -->
  <xsl:template match="salute | dateline | signed | docDate | docAuthor">
    <xsl:choose>
      <xsl:when test="tt:is-block(.)">
        <xsl:call-template name="tt:block"/>
      </xsl:when>
      <xsl:otherwise>
        <span>
          <xsl:call-template name="tt:attrs"/>
          <xsl:apply-templates/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Heads: h3 for a division, one level deeper per enclosing division with its own head. -->
  <xsl:template match="head">
    <xsl:variable name="level" select="2 + count(ancestor::*[head][ancestor::text])"/>
    <xsl:element name="{if ($level le 6) then 'h' || $level else 'p'}">
      <xsl:call-template name="tt:attrs"/>
      <xsl:for-each select="tt:head-number(.)">
        <span class="head-number"><xsl:value-of select="."/></span>
        <xsl:text> </xsl:text>
      </xsl:for-each>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="list">
    <xsl:apply-templates select="head"/>
    <xsl:element name="{if (item/@n or label or @type = ('numbered', 'ordered')) then 'ol' else 'ul'}">
      <xsl:call-template name="tt:attrs">
        <xsl:with-param name="class" select="if (item/@n or label) then 'labelled' else ()"/>
      </xsl:call-template>
      <xsl:apply-templates select="* except (head | label | pb | cb | lb)"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="list/*[not(self::item)]" priority="2">
    <li>
      <xsl:call-template name="tt:attrs"/>
      <xsl:next-match/>
    </li>
  </xsl:template>

  <!-- An item shows its number (@n) or the label before it, as the source printed it. -->
  <xsl:template match="item">
    <li>
      <xsl:call-template name="tt:attrs"/>
      <xsl:variable name="label" select="preceding-sibling::*[1][self::label]"/>
      <xsl:choose>
        <xsl:when test="exists($label)">
          <span class="item-label"><xsl:apply-templates select="$label/node()"/></span>
          <xsl:text> </xsl:text>
        </xsl:when>
        <xsl:when test="normalize-space(@n)">
          <span class="item-label"><xsl:value-of select="normalize-space(@n) || '.'"/></span>
          <xsl:text> </xsl:text>
        </xsl:when>
      </xsl:choose>
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <!-- Embedded documents (a telegram quoting an agreement): framed, with what they are. -->
  <xsl:template match="floatingText">
    <div class="embedded">
      <p class="embedded-label">
        <xsl:value-of select="'Embedded document' || (@type ! (': ' || tt:label($tt:doc-types, .)))
            || (if (@rend = 'quoted') then ' (in quotation marks in the source)' else '')"/>
      </p>
      <blockquote>
        <xsl:call-template name="tt:attrs"/>
        <xsl:apply-templates/>
      </blockquote>
    </div>
  </xsl:template>

  <xsl:template match="floatingText/body | floatingText/front | floatingText/back | group">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="table">
    <table>
      <xsl:call-template name="tt:attrs"/>
      <xsl:apply-templates select="head"/>
      <tbody><xsl:apply-templates select="row"/></tbody>
    </table>
  </xsl:template>

  <xsl:template match="table/head" priority="1">
    <caption><xsl:apply-templates/></caption>
  </xsl:template>

  <xsl:template match="row">
    <tr><xsl:apply-templates select="cell"/></tr>
  </xsl:template>

  <xsl:template match="cell">
    <xsl:element name="{if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
      <xsl:call-template name="tt:attrs"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="text()[not(normalize-space())][local-name(..) = $tt:element-only]"/>

  <xsl:template match="lb">
    <br/>
  </xsl:template>

  <!-- Page breaks of the printed source: a small marker with the page number. -->
  <xsl:template match="pb">
    <xsl:if test="normalize-space(@n)">
      <span class="tei-pb" title="Page break in the printed source">
        <xsl:value-of select="'p. ' || normalize-space(@n)"/>
      </span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="cb | milestone | anchor | index"/>

  <!-- Dates and times keep their wording; the normalised value is machine-readable and shown
       on hover. -->
  <xsl:template match="date | time">
    <xsl:variable name="when" select="normalize-space(@when)"/>
    <xsl:variable name="valid" select="$when castable as xs:date or $when castable as xs:dateTime"/>
    <xsl:element name="{if ($valid and not(tt:is-block(.))) then 'time' else 'span'}">
      <xsl:call-template name="tt:attrs"/>
      <xsl:if test="$valid and not(tt:is-block(.))">
        <xsl:attribute name="datetime" select="$when"/>
      </xsl:if>
      <xsl:if test="@when | @notBefore | @notAfter | @from | @to">
        <xsl:attribute name="title" select="tt:date-label(.)"/>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="hi | emph | foreign | term | mentioned | title | q | quote | said | seg | c | g | w | pc">
    <xsl:if test="tt:after-segment(.) and not(tt:is-block(.))">
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="tt:is-block(.)">
        <div><xsl:call-template name="tt:attrs"/><xsl:apply-templates/></div>
      </xsl:when>
      <xsl:otherwise>
        <span><xsl:call-template name="tt:attrs"/><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Images are never loaded (no external resources): say that one was there. -->
  <xsl:template match="graphic | media">
    <span class="tei-graphic">(image not reproduced)</span>
  </xsl:template>

  <!-- Registers inside the text (back matter lists) are shown in the index pages instead. -->
  <xsl:template match="listPerson | listPlace | listOrg | listEvent | listNym | listRelation
                       | back/listBibl"/>

  <!-- Fallback: any other element keeps its text, as a span or div named after it. -->
  <xsl:template match="*" priority="-1">
    <xsl:element name="{if (tt:is-block(.)) then 'div' else 'span'}">
      <xsl:call-template name="tt:attrs"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

</xsl:stylesheet>
