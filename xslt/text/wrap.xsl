<?xml version="1.0" encoding="UTF-8"?>
<!--
  Layout of the plain-text edition. A block is a map: 'text' (line breaks as newlines), 'first'
  (prefix of its first line), 'rest' (prefix of the others), 'tight' (no blank line before).
  Blocks become lines wrapped at 72 columns; words are never broken. String functions only:
  regular expressions are slow in SaxonC.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    exclude-result-prefixes="#all">

  <xsl:variable name="tt:width" as="xs:integer" select="72"/>

  <xsl:function name="tt:block" as="map(*)">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="rest" as="xs:string"/>
    <xsl:param name="tight" as="xs:boolean"/>
    <xsl:sequence select="map { 'text': $text, 'first': $first, 'rest': $rest, 'tight': $tight }"/>
  </xsl:function>

  <!-- The same block with other text, first-line prefix or tightness. -->
  <xsl:function name="tt:with" as="map(*)">
    <xsl:param name="block" as="map(*)"/>
    <xsl:param name="changes" as="map(*)"/>
    <xsl:sequence select="map:merge(($changes, $block), map { 'duplicates': 'use-first' })"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <xsl:function name="tt:has-text" as="xs:boolean">
    <xsl:param name="block" as="map(*)"/>
    <xsl:sequence select="normalize-space($block?text) != ''"/>
  </xsl:function>

  <!-- Lines of at most `width` characters (a longer word stands alone on its line): each line
       the longest run of whole words that fits, ending at the last space among the first
       `width` + 1 characters from its start (else, after a longer word, at the next space).
       One step per line, not per word, each step looking at those `width` + 1 characters
       only: linear in the length of the text. -->
  <xsl:function name="tt:wrap-lines" as="xs:string*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="words" select="normalize-space($text)"/>
    <xsl:variable name="length" select="string-length($words)"/>
    <xsl:iterate select="1 to $length">
      <xsl:param name="start" as="xs:integer" select="1"/>
      <xsl:variable name="window" select="substring($words, $start, $width + 1)"/>
      <xsl:variable name="line" select="if (string-length($window) le $width) then $window
          else tt:first-line($words, $start, $window)"/>
      <xsl:choose>
        <xsl:when test="$start + string-length($line) ge $length">
          <xsl:sequence select="$line"/>
          <xsl:break/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="$line"/>
          <xsl:next-iteration>
            <xsl:with-param name="start" select="$start + string-length($line) + 1"/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!-- The line starting at `start` in `words` (single-spaced) when the rest is longer than
       the width: `window` (its next `width` + 1 characters) up to its last space; a word
       longer than the width up to the space after it. -->
  <xsl:function name="tt:first-line" as="xs:string">
    <xsl:param name="words" as="xs:string"/>
    <xsl:param name="start" as="xs:integer"/>
    <xsl:param name="window" as="xs:string"/>
    <xsl:variable name="last-space" select="index-of(string-to-codepoints($window), 32)[last()]"/>
    <xsl:sequence select="if (exists($last-space)) then substring($window, 1, $last-space - 1)
        else (substring-before(substring($words, $start), ' ')[.], substring($words, $start))[1]"/>
  </xsl:function>

  <!-- One block as lines: its own line breaks kept, each line wrapped, prefixes added. -->
  <xsl:function name="tt:block-lines" as="xs:string*">
    <xsl:param name="block" as="map(*)"/>
    <xsl:variable name="rest" select="$block?rest"/>
    <xsl:variable name="width" select="max(($tt:width - string-length($rest), 20))"/>
    <xsl:variable name="text" select="$block?text"/>
    <xsl:variable name="lines" select="(if (contains($text, '&#10;'))
        then tokenize($text, '&#10;') else $text) ! tt:wrap-lines(., $width)"/>
    <xsl:sequence select="for $i in 1 to count($lines)
        return (if ($i = 1) then $block?first else $rest) || $lines[$i]"/>
  </xsl:function>

  <!-- All blocks as one text, ending with a newline. -->
  <xsl:function name="tt:layout" as="xs:string">
    <xsl:param name="blocks" as="map(*)*"/>
    <xsl:variable name="kept" select="$blocks[tt:has-text(.)]"/>
    <xsl:sequence select="string-join(for $i in 1 to count($kept) return
        (if ($i gt 1) then (if ($kept[$i]?tight) then '&#10;' else '&#10;&#10;') else '')
        || string-join(tt:block-lines($kept[$i]), '&#10;'), '') || '&#10;'"/>
  </xsl:function>

  <xsl:function name="tt:spaces" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="string-join((1 to $n) ! ' ', '')"/>
  </xsl:function>

  <xsl:function name="tt:rule" as="xs:string">
    <xsl:param name="char" as="xs:string"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="string-join((1 to $n) ! $char, '')"/>
  </xsl:function>

</xsl:stylesheet>
