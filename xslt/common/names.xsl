<?xml version="1.0" encoding="UTF-8"?>
<!--
  Persons, places and organisations: resolve a name's @ref to the entry in the document's own
  lists (standOff, particDesc, back, ...), its regularised name, sort key and authority links.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:key name="tt:entity" match="person | personGrp | place | org" use="@xml:id"/>

  <!-- Elements that name a person, place or organisation in running text. -->
  <xsl:variable name="tt:name-elements" as="xs:string*" select="('persName', 'placeName',
      'orgName', 'rs', 'name', 'roleName', 'geogName', 'settlement', 'country', 'region')"/>

  <!-- The list entry a name points to with @ref (or @corresp), if the document has it. -->
  <xsl:function name="tt:entity" as="element()?" cache="yes">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="root" select="root($name)"/>
    <xsl:variable name="ref" select="string($name/@ref)"/>
    <!-- The usual case, one pointer in @ref alone, without the tokenising (slow in SaxonC). -->
    <xsl:variable name="ids" select="if (empty($name/@corresp) and starts-with($ref, '#')
            and not(contains($ref, ' ')) and normalize-space($ref) = $ref) then substring($ref, 2)
        else tokenize(normalize-space(string-join(($name/@ref, $name/@corresp), ' ')), ' ')
            [starts-with(., '#')] ! substring(., 2)"/>
    <xsl:sequence select="if ($root instance of document-node())
        then (for $id in $ids return key('tt:entity', $id, $root))[1] else ()"/>
  </xsl:function>

  <!-- 'person', 'place' or 'org': the index an entry belongs to. -->
  <xsl:function name="tt:kind" as="xs:string" cache="yes">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="if ($entity/self::place) then 'place'
        else if ($entity/self::org) then 'org' else 'person'"/>
  </xsl:function>

  <!-- Name elements of an entry, the regularised one first. -->
  <xsl:function name="tt:entity-names" as="element()*">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="reg" select="tt:reg-name-element($entity)"/>
    <xsl:sequence select="($reg, tt:name-elements($entity) except $reg)"/>
  </xsl:function>

  <xsl:function name="tt:name-elements" as="element()*">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="$entity/(persName | placeName | orgName | name | geogName)"/>
  </xsl:function>

  <!-- The regularised name element of an entry (the first of tt:entity-names). -->
  <xsl:function name="tt:reg-name-element" as="element()?" cache="yes">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="names" select="tt:name-elements($entity)"/>
    <xsl:sequence select="($names[@type = 'reg'], $names[@type = ('pref', 'main', 'full')],
        $names[not(@type)], $names)[1]"/>
  </xsl:function>

  <xsl:function name="tt:name-string" as="xs:string">
    <xsl:param name="n" as="element()?"/>
    <xsl:variable name="parts" select="$n/(forename | nameLink | surname | genName)"/>
    <xsl:sequence select="if (empty($n/*)) then normalize-space($n)
        else if (exists($n/forename) and exists($n/surname))
        then string-join(($n/forename, $n/nameLink, $n/surname, $n/genName) ! normalize-space(.), ' ')
        else if (exists($parts)) then string-join($parts ! normalize-space(.), ' ')
        else normalize-space($n)"/>
  </xsl:function>

  <!-- The regularised name of an entry ("Joseph Stalin"); its id when it has no name. -->
  <xsl:function name="tt:reg-name" as="xs:string" cache="yes">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="name" select="tt:name-string(tt:reg-name-element($entity))"/>
    <xsl:sequence select="if ($name) then $name else string($entity/@xml:id)"/>
  </xsl:function>

  <!-- Sort key: surname first for persons when the entry gives one, then the full name. -->
  <xsl:function name="tt:entity-sort-key" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="tt:entity-sort-key($entity, tt:reg-name($entity))"/>
  </xsl:function>

  <!-- The same, given the entry's regularised name (`reg`: tt:reg-name of the entry). -->
  <xsl:function name="tt:entity-sort-key" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:param name="reg" as="xs:string"/>
    <xsl:variable name="surname" select="($entity/persName[@subtype = 'surname'],
        $entity/persName[@type = 'reg']//surname, $entity/persName//surname)[1]"/>
    <xsl:sequence select="string-join((tt:fold($surname), tt:fold($reg))[.], ' ')"/>
  </xsl:function>

  <!-- What a name shows on hover: the entry's regularised name and, for persons, occupation. -->
  <xsl:function name="tt:entity-hint" as="xs:string" cache="yes">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="occupation" select="normalize-space(($entity/occupation)[1])"/>
    <xsl:sequence select="if ($occupation) then concat(tt:reg-name($entity), ' (', $occupation, ')')
        else tt:reg-name($entity)"/>
  </xsl:function>

  <!-- Authority links from idno: wikidata, viaf, geonames, gnd as ids or URLs; other URLs.
       The address an idno links to ('' for none) and the link's label. -->
  <xsl:function name="tt:authority-href" as="xs:string">
    <xsl:param name="idno" as="element()"/>
    <xsl:variable name="value" select="normalize-space($idno)"/>
    <xsl:variable name="url" select="tt:safe-url($value)"/>
    <xsl:variable name="authority" select="$tt:authorities(tt:authority-key($idno))"/>
    <xsl:sequence select="if ($url) then $url
        else if (exists($authority) and matches($value, '^[A-Za-z0-9._-]+$'))
        then concat($authority?url, $value) else ''"/>
  </xsl:function>

  <xsl:function name="tt:authority-label" as="xs:string">
    <xsl:param name="idno" as="element()"/>
    <xsl:variable name="key" select="tt:authority-key($idno)"/>
    <xsl:variable name="authority" select="$tt:authorities($key)"/>
    <xsl:sequence select="if (exists($authority)) then $authority?label
        else (tt:humanize($key)[.], 'Link')[1]"/>
  </xsl:function>

  <!-- The authority an idno names: its @type, or its @subtype when @type is URL/URI. -->
  <xsl:function name="tt:authority-key" as="xs:string">
    <xsl:param name="idno" as="element()"/>
    <xsl:sequence select="lower-case(if (lower-case($idno/@type) = ('url', 'uri'))
        then string($idno/@subtype) else string($idno/@type))"/>
  </xsl:function>

</xsl:stylesheet>
