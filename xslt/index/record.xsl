<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index record of one TEI document: the facts the documents table shows, every person,
  place and organisation it refers to, with the roles it gives them (sender, addressee, place
  of sending or receipt, mentioned) with the register's facts about it (names, occupations,
  life dates, coordinates, authority links). Records of all documents form the input of
  index.xsl; the words of the text for the search index are read in Python
  (tei.render.search.reading).
  Parameter `context`: <tt:document id=".." page=".."/> names the document and its page
  (or the parameter `document`, see common/document.xsl).
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
  <xsl:import href="../common/header.xsl"/>
  <xsl:import href="../common/document.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no" omit-xml-declaration="yes"/>

  <xsl:param name="context" as="document-node()?" select="()"/>

  <!-- Entities whose entry Python knows already (tei.render.entity_facts): a stub for each,
       its id and roles. -->
  <xsl:param name="known" as="xs:string*" select="()"/>

  <xsl:variable name="tt:registers" as="xs:string*"
      select="('listPerson', 'listPlace', 'listOrg', 'listBibl', 'listEvent', 'standOff')"/>

  <xsl:variable name="tt:role-order" as="xs:string*"
      select="('sender', 'addressee', 'sent-from', 'received-at', 'mentioned')"/>

  <xsl:template match="/">
    <xsl:apply-templates select="TEI" mode="tt:record"/>
  </xsl:template>

  <xsl:template match="TEI" mode="tt:record">
    <xsl:variable name="date" select="tt:doc-date(.)"/>
    <xsl:variable name="document" select="$tt:document"/>
    <doc id="{$document/@id}" page="{$document/@page}" sort="{tt:date-key($date)}">
      <title><xsl:value-of select="tt:title(.)"/></title>
      <date when="{$date/@when}"><xsl:value-of select="(($date ! tt:date-label(.))[normalize-space()], 'n.d.')[1]"/></date>
      <from><xsl:value-of select="tt:parties-label(., 'sent')"/></from>
      <to><xsl:value-of select="tt:parties-label(., 'received')"/></to>
      <type><xsl:value-of select="tt:doc-type(.)"/></type>
      <summary><xsl:value-of select="normalize-space(tt:summary(.))"/></summary>
      <!-- References that resolve to no entry have no grouping key: they form no group. -->
      <xsl:variable name="refs" select="(teiHeader/profileDesc, text)//*[@ref or @corresp]
          [not(ancestor::*[local-name() = $tt:registers])]"/>
      <xsl:for-each-group select="$refs" group-by="tt:entity(.)/@xml:id">
        <xsl:sort select="tt:kind(key('tt:entity', current-grouping-key()))"/>
        <xsl:sort select="current-grouping-key()"/>
        <xsl:variable name="roles" select="distinct-values(current-group() ! tt:role(.))"/>
        <xsl:choose>
          <xsl:when test="current-grouping-key() = $known">
            <entity id="{current-grouping-key()}" roles="{$tt:role-order[. = $roles]}"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="key('tt:entity', current-grouping-key())" mode="tt:record">
              <xsl:with-param name="roles" select="$tt:role-order[. = $roles]"/>
            </xsl:apply-templates>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each-group>
    </doc>
  </xsl:template>

  <!-- The role a reference gives its entity. -->
  <xsl:function name="tt:role" as="xs:string">
    <xsl:param name="ref" as="element()"/>
    <xsl:variable name="action" select="$ref/ancestor::correspAction[1]/@type"/>
    <xsl:variable name="marked" select="$ref/ancestor-or-self::*[@type = ('from', 'to')][1]/@type"/>
    <xsl:variable name="place" select="exists($ref/self::placeName)"/>
    <xsl:sequence select="
        if ($action = 'sent') then (if ($place) then 'sent-from' else 'sender')
        else if ($action = 'received') then (if ($place) then 'received-at' else 'addressee')
        else if ($marked = 'from' and exists($ref/ancestor::text)) then 'sender'
        else if ($marked = 'to' and exists($ref/ancestor::text)) then 'addressee'
        else 'mentioned'"/>
  </xsl:function>

  <xsl:template match="*" mode="tt:record">
    <xsl:param name="roles" as="xs:string*"/>
    <!-- The names are looked up once (tt:reg-name of the entry: its first name's string). -->
    <xsl:variable name="names" select="tt:entity-names(.)"/>
    <xsl:variable name="reg" select="(tt:name-string($names[1])[.], string(@xml:id))[1]"/>
    <entity kind="{tt:kind(.)}" id="{@xml:id}" roles="{$roles}"
        sort="{tt:entity-sort-key(., $reg)}">
      <xsl:if test="note[@type = 'local']">
        <xsl:attribute name="local" select="'yes'"/>
      </xsl:if>
      <reg><xsl:value-of select="$reg"/></reg>
      <xsl:for-each-group select="$names[position() gt 1]" group-by="tt:name-string(.)">
        <xsl:if test="current-grouping-key() and current-grouping-key() != $reg">
          <xsl:element name="{if (@type = 'pseudonym') then 'pseudonym' else 'variant'}">
            <xsl:if test="@subtype">
              <xsl:attribute name="label" select="tt:label($tt:name-kinds, @subtype)"/>
            </xsl:if>
            <xsl:value-of select="current-grouping-key()"/>
          </xsl:element>
        </xsl:if>
      </xsl:for-each-group>
      <xsl:for-each select="occupation[normalize-space()]">
        <occupation><xsl:value-of select="normalize-space(.)"/></occupation>
      </xsl:for-each>
      <xsl:for-each select="birth[@when] | death[@when]">
        <xsl:element name="{local-name()}">
          <xsl:attribute name="when" select="@when"/>
          <xsl:value-of select="tt:date-label(.)"/>
        </xsl:element>
      </xsl:for-each>
      <xsl:for-each select="location/geo[1]">
        <xsl:variable name="position" select="tokenize(normalize-space(.))"/>
        <xsl:if test="count($position) = 2">
          <geo lat="{$position[1]}" lon="{$position[2]}"/>
        </xsl:if>
      </xsl:for-each>
      <!-- One link per address, labelled as its first idno. -->
      <xsl:for-each-group select="idno" group-by="tt:authority-href(.)">
        <xsl:if test="current-grouping-key()">
          <link href="{current-grouping-key()}" label="{tt:authority-label(.)}"/>
        </xsl:if>
      </xsl:for-each-group>
    </entity>
  </xsl:template>

</xsl:stylesheet>
