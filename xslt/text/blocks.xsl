<?xml version="1.0" encoding="UTF-8"?>
<!--
  Blocks of the plain-text edition (mode tt:blocks, maps made by tt:block in wrap.xsl):
  paragraphs, heads and lines become blocks;
  divisions, openers and closers hold blocks; list items hang after their number; embedded
  documents are indented (in quotation marks when the source quoted them); the cable form's
  lines are set apart behind a bar ("  | "). Tunnel parameter `indent`: prefix of every line.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:variable name="tt:registry-bar" as="xs:string" select="'  | '"/>
  <xsl:variable name="tt:embed-indent" as="xs:string" select="'    '"/>

  <!-- The text of inline nodes as one string (line breaks as newlines). -->
  <xsl:function name="tt:inline-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text" as="xs:string">
      <xsl:value-of><xsl:apply-templates select="$nodes" mode="tt:inline"/></xsl:value-of>
    </xsl:variable>
    <xsl:sequence select="$text"/>
  </xsl:function>

  <!-- Children of a container: runs of inline nodes become one block each, blocks recurse. -->
  <xsl:template name="tt:children">
    <xsl:param name="indent" as="xs:string" tunnel="yes" select="''"/>
    <xsl:param name="tight" as="xs:boolean" select="false()"/>
    <xsl:for-each-group select="node()" group-adjacent="self::element() and tt:is-block(.)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()" mode="tt:blocks"/>
        </xsl:when>
        <!-- White space between blocks makes none (Python drops a block without text). -->
        <xsl:when test="empty(current-group()[self::* or (self::text() and normalize-space())])"/>
        <xsl:otherwise>
          <xsl:sequence select="tt:block(tt:inline-text(current-group()), $indent, $indent, $tight)"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:template match="text" mode="tt:blocks">
    <xsl:apply-templates select="front, body, back" mode="tt:blocks"/>
  </xsl:template>

  <!-- Containers and any unknown element that holds blocks. -->
  <xsl:template match="*" mode="tt:blocks">
    <xsl:call-template name="tt:children"/>
  </xsl:template>

  <!-- Lines of a form, an address or a poem follow each other without a blank line. -->
  <xsl:template match="ab[@type = 'registry'] | addrLine | l" mode="tt:blocks" priority="1">
    <xsl:call-template name="tt:children">
      <xsl:with-param name="tight" select="exists(preceding-sibling::*[local-name() = local-name(current())])"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A stamp line: the whole imprint in brackets, as the source prints it. -->
  <xsl:template match="ab[@type = 'registry'][@subtype = 'stamp']" mode="tt:blocks" priority="2">
    <xsl:param name="indent" as="xs:string" tunnel="yes" select="''"/>
    <xsl:sequence select="tt:block(tt:bracket-stamp(tt:inline-text(node())), $indent, $indent,
        exists(preceding-sibling::ab))"/>
  </xsl:template>

  <!-- A section's head with the number the source printed before it. -->
  <xsl:template match="head[exists(tt:head-number(.))]" mode="tt:blocks" priority="1">
    <xsl:param name="indent" as="xs:string" tunnel="yes" select="''"/>
    <xsl:sequence select="tt:block(tt:head-number(.) || ' ' || tt:inline-text(node()), $indent,
        $indent, false())"/>
  </xsl:template>

  <!-- A processing line inside the closer: behind the bar, like the form's lines. -->
  <xsl:template match="seg[@type = 'registry'][tt:is-block(.)]" mode="tt:blocks" priority="1">
    <xsl:param name="indent" as="xs:string" tunnel="yes" select="''"/>
    <xsl:sequence select="tt:block(tt:inline-text(node()), $indent || $tt:registry-bar,
        $indent || $tt:registry-bar, exists(preceding-sibling::*[1][self::seg/@type = 'registry']))"/>
  </xsl:template>

  <xsl:template match="div[@type = 'registry']" mode="tt:blocks" priority="1">
    <xsl:param name="indent" as="xs:string" tunnel="yes" select="''"/>
    <xsl:call-template name="tt:children">
      <xsl:with-param name="indent" select="$indent || $tt:registry-bar" tunnel="yes"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="floatingText" mode="tt:blocks">
    <xsl:param name="indent" as="xs:string" tunnel="yes" select="''"/>
    <xsl:variable name="blocks" as="map(*)*">
      <xsl:call-template name="tt:children">
        <xsl:with-param name="indent" select="$indent || $tt:embed-indent" tunnel="yes"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="kept" select="$blocks[tt:has-text(.)]"/>
    <xsl:variable name="last" select="count($kept)"/>
    <xsl:sequence select="if (@rend = 'quoted') then (for $i in 1 to $last return tt:with($kept[$i],
        map { 'text': (if ($i = 1) then '&quot;' else '') || tt:trim($kept[$i]?text)
                      || (if ($i = $last) then '&quot;' else '') }))
        else $kept"/>
  </xsl:template>

  <!-- Text without white space at its ends (each of its lines trimmed). -->
  <xsl:function name="tt:trim" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="if (contains($text, '&#10;'))
        then string-join(tokenize($text, '&#10;') ! normalize-space(.), '&#10;')
        else normalize-space($text)"/>
  </xsl:function>

  <!-- A numbered point: "1. " before its first line, the rest hanging under the text. -->
  <xsl:template match="item" mode="tt:blocks">
    <xsl:param name="indent" as="xs:string" tunnel="yes" select="''"/>
    <xsl:variable name="label" select="preceding-sibling::*[1][self::label]"/>
    <xsl:variable name="number" select="if (exists($label)) then normalize-space(tt:inline-text($label/node()))
        else if (normalize-space(@n)) then normalize-space(@n) || '.' else '-'"/>
    <xsl:call-template name="tt:numbered">
      <xsl:with-param name="number" select="$number"/>
      <xsl:with-param name="hang" select="tt:spaces(string-length($number) + 1)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A numbered paragraph (`2.` after an unnumbered first one) opens with its number. -->
  <xsl:template match="p[normalize-space(@n)]" mode="tt:blocks" priority="1">
    <xsl:call-template name="tt:numbered">
      <xsl:with-param name="number" select="normalize-space(@n) || '.'"/>
      <xsl:with-param name="hang" select="''"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The blocks of a numbered point or paragraph: its number before the first line, the
       following lines indented by `hang` (a point's) or not (a paragraph's). -->
  <xsl:template name="tt:numbered" as="map(*)*">
    <xsl:param name="indent" as="xs:string" tunnel="yes" select="''"/>
    <xsl:param name="number" as="xs:string"/>
    <xsl:param name="hang" as="xs:string"/>
    <xsl:variable name="blocks" as="map(*)*">
      <xsl:call-template name="tt:children">
        <xsl:with-param name="indent" select="$indent || $hang" tunnel="yes"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="kept" select="$blocks[tt:has-text(.)]"/>
    <xsl:sequence select="if (empty($kept)) then tt:block($number, $indent, $indent, false())
        else (tt:with($kept[1], map { 'first': $indent || $number || ' ' }), tail($kept))"/>
  </xsl:template>

  <xsl:template match="label[parent::list]" mode="tt:blocks"/>

  <xsl:template match="pb | cb | milestone | anchor | graphic | listPerson | listPlace | listOrg
                       | listEvent | listNym | listRelation | back/listBibl" mode="tt:blocks"/>

</xsl:stylesheet>
