<?xml version="1.0" encoding="UTF-8"?>
<!-- Small functions every output shares: labels, classes, safe URLs, block/inline decisions.
     A function called several times a document with the same arguments (by the page, the
     text edition and the record of one call, or recursively) has cache="yes": Saxon keeps
     its results for the transform (bench/xslt_variants.py measures it). Only for functions
     that build no new nodes. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Elements that are always blocks of text. -->
  <xsl:variable name="tt:block-names" as="xs:string*" select="(
      'p', 'ab', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7',
      'body', 'front', 'back', 'group', 'text', 'floatingText', 'opener', 'closer',
      'postscript', 'list', 'item', 'table', 'row', 'lg', 'l', 'head', 'address', 'addrLine',
      'figure', 'argument', 'byline', 'epigraph', 'trailer', 'sp', 'speaker', 'titlePage',
      'docTitle', 'titlePart', 'docImprint', 'listBibl', 'listPerson', 'listPlace', 'listOrg',
      'listEvent', 'spGrp', 'u')"/>

  <!-- Elements that are blocks when they stand directly in a container (not inside a p). -->
  <xsl:variable name="tt:line-names" as="xs:string*"
      select="('salute', 'signed', 'dateline', 'docDate', 'docAuthor', 'label', 'seg')"/>

  <xsl:variable name="tt:container-names" as="xs:string*" select="(
      'opener', 'closer', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'body',
      'front', 'back', 'floatingText', 'postscript', 'list', 'titlePage', 'argument')"/>

  <!-- Elements whose white space between children is not text (subst: del + add). -->
  <xsl:variable name="tt:element-only" as="xs:string*" select="('subst', 'choice', 'app', 'restore')"/>

  <!-- True for a segment that directly follows another segment: the two need a space. -->
  <xsl:function name="tt:after-segment" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/preceding-sibling::node()[1][self::*[local-name() = 'seg']])"/>
  </xsl:function>

  <!-- Elements whose content is shown elsewhere (notes) or is not reading text at all. -->
  <xsl:variable name="tt:out-of-flow" as="xs:string*"
      select="('note', 'listPerson', 'listPlace', 'listOrg', 'listBibl', 'listEvent',
               'facsimile', 'standOff', 'teiHeader')"/>

  <!-- True when the element lays out as a block (paragraph-like), false when inline. -->
  <xsl:function name="tt:is-block" as="xs:boolean" cache="yes">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="name" select="local-name($e)"/>
    <xsl:sequence select="
        if ($name = ('note', 'lb', 'pb', 'cb', 'gap', 'anchor')) then false()
        else if ($name = $tt:block-names) then true()
        else if ($name = $tt:line-names and local-name($e/..) = $tt:container-names) then true()
        else some $c in $e/* satisfies tt:is-block($c)"/>
  </xsl:function>

  <!-- What a gap shows: its own description in brackets, else [illegible] or [...]. -->
  <xsl:function name="tt:gap-text" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:variable name="desc" select="normalize-space(string-join($gap/*[local-name() = 'desc'], ' '))"/>
    <xsl:sequence select="if (starts-with($desc, '[')) then $desc
        else if ($desc) then '[' || $desc || ']'
        else if ($gap/@reason = 'illegible') then '[illegible]' else '[...]'"/>
  </xsl:function>

  <!-- The number a section's head carries in @n of its division ("II."), if any. -->
  <xsl:function name="tt:head-number" as="xs:string?">
    <xsl:param name="head" as="element()"/>
    <xsl:variable name="div" select="$head/parent::*[local-name() = 'div'][@type = 'section']"/>
    <xsl:sequence select="if (normalize-space($div/@n) and $head is $div/*[local-name() = 'head'][1])
        then normalize-space($div/@n) || '.' else ()"/>
  </xsl:function>

  <!-- Look `key` up in `map`, else turn the code into words ("record-of-x" -> "Record of x"). -->
  <xsl:function name="tt:label" as="xs:string">
    <xsl:param name="map" as="map(xs:string, xs:string)"/>
    <xsl:param name="key" as="xs:string?"/>
    <xsl:sequence select="(if (exists($key)) then $map($key) else (), tt:humanize($key))[1]"/>
  </xsl:function>

  <xsl:function name="tt:humanize" as="xs:string">
    <xsl:param name="code" as="xs:string?"/>
    <!-- Regexes only where they can change something (they cost far more in SaxonC). -->
    <xsl:variable name="split" select="if (string($code) = lower-case($code)) then string($code)
        else replace($code, '([a-z])([A-Z])', '$1 $2')"/>
    <xsl:variable name="words" select="lower-case(normalize-space(translate($split, '-_.', '   ')))"/>
    <xsl:sequence select="concat(upper-case(substring($words, 1, 1)), substring($words, 2))"/>
  </xsl:function>

  <!-- A token safe to use in an HTML class attribute. -->
  <xsl:function name="tt:class-token" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:variable name="token" select="lower-case(normalize-space($s))"/>
    <!-- The regex only for a value it changes (regexes cost far more in SaxonC). -->
    <xsl:sequence select="if (translate($token, 'abcdefghijklmnopqrstuvwxyz0123456789_-', '') = '')
        then $token else replace($token, '[^a-z0-9_-]+', '-')"/>
  </xsl:function>

  <!-- The URL if it is a plain http(s) URL, else the empty string: no javascript:, data:, files. -->
  <xsl:function name="tt:safe-url" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:variable name="url" select="normalize-space($s)"/>
    <xsl:sequence select="if (matches($url, '^https?://[^\s&quot;&lt;&gt;\\]+$', 'i')) then $url else ''"/>
  </xsl:function>

  <!-- Lower case without diacritics: the key for sorting and filtering. -->
  <xsl:function name="tt:fold" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="lower-case(replace(normalize-unicode(normalize-space($s), 'NFKD'), '\p{M}', ''))"/>
  </xsl:function>

  <!-- Reader-facing name of a language code such as `zh`, `ru`, `de-AT`. -->
  <xsl:function name="tt:language" as="xs:string">
    <xsl:param name="code" as="xs:string"/>
    <xsl:variable name="primary" select="lower-case(tokenize($code, '-')[1])"/>
    <xsl:sequence select="($tt:languages($primary), $code)[1]"/>
  </xsl:function>

  <!-- Text with runs of white space collapsed to one space, kept at the ends (no regex:
       they cost far more than string functions in SaxonC). -->
  <xsl:function name="tt:collapse" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:variable name="inner" select="normalize-space($s)"/>
    <xsl:variable name="space" select="(' ', '&#9;', '&#10;', '&#13;')"/>
    <xsl:sequence select="if (not($inner)) then (if (string($s)) then ' ' else '')
        else (if (substring($s, 1, 1) = $space) then ' ' else '') || $inner
             || (if (substring($s, string-length($s)) = $space) then ' ' else '')"/>
  </xsl:function>

  <!-- Join strings as "a, b and c". -->
  <xsl:function name="tt:join" as="xs:string">
    <xsl:param name="items" as="xs:string*"/>
    <xsl:variable name="n" select="count($items)"/>
    <xsl:sequence select="if ($n le 1) then string($items[1])
        else concat(string-join($items[position() lt $n], ', '), ' and ', $items[$n])"/>
  </xsl:function>

</xsl:stylesheet>
