<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names and links: every person, place and organisation that resolves to an entry of the
  document's lists links to its own page, with the regularised name on hover. Pointers to
  the web become links only when they are plain http(s) URLs. Links never nest.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:variable name="tt:entity-folders" as="map(xs:string, xs:string)"
      select="map { 'person': 'persons/', 'place': 'places/', 'org': 'organisations/' }"/>

  <!-- Address of an entity's own page (tei/render/layout.py), relative to the current page. -->
  <xsl:function name="tt:entity-href" as="xs:string" cache="yes">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="$tt:root || $tt:entity-folders(tt:kind($entity))
        || encode-for-uri($entity/@xml:id) || '.html'"/>
  </xsl:function>

  <xsl:template match="persName | placeName | orgName | rs | name | roleName | geogName
                       | settlement | country | region">
    <xsl:param name="in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="entity" select="tt:entity(.)"/>
    <xsl:variable name="kind" select="$entity ! tt:kind(.)"/>
    <xsl:element name="{if (exists($entity) and not($in-link)) then 'a' else 'span'}">
      <xsl:call-template name="tt:attrs">
        <xsl:with-param name="class" select="('name', $kind)"/>
      </xsl:call-template>
      <xsl:if test="exists($entity)">
        <xsl:if test="not($in-link)">
          <xsl:attribute name="href" select="tt:entity-href($entity)"/>
        </xsl:if>
        <xsl:attribute name="title" select="tt:entity-hint($entity)"/>
      </xsl:if>
      <xsl:apply-templates>
        <xsl:with-param name="in-link" select="$in-link or exists($entity)" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!-- A party named in the header: its own text, else its entry's name; linked if listed. -->
  <xsl:template match="*" mode="tt:party">
    <xsl:variable name="entity" select="tt:entity(.)"/>
    <xsl:choose>
      <xsl:when test="exists($entity)">
        <a class="name {tt:kind($entity)}" href="{tt:entity-href($entity)}"
           title="{tt:entity-hint($entity)}"><xsl:value-of select="tt:party-label(.)"/></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="name"><xsl:value-of select="tt:party-label(.)"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="ref | ptr">
    <xsl:param name="in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="url" select="tt:safe-url(tokenize(normalize-space(@target), ' ')[1])"/>
    <xsl:element name="{if ($url and not($in-link)) then 'a' else 'span'}">
      <xsl:call-template name="tt:attrs"/>
      <xsl:if test="$url and not($in-link)">
        <xsl:attribute name="href" select="$url"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="normalize-space(.) or *">
          <xsl:apply-templates>
            <xsl:with-param name="in-link" select="true()" tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="($url[.], @target)[1]"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

</xsl:stylesheet>
