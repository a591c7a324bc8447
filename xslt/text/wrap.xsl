<?xml version="1.0" encoding="UTF-8"?>
<!--
  Layout of the plain-text edition: blocks (<tt:block first=".." rest=".." tight="yes">text)
  become lines wrapped at 72 columns, each line starting with the block's prefix, blocks
  separated by a blank line unless tight. Words are never broken.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    exclude-result-prefixes="#all">

  <xsl:variable name="tt:width" as="xs:integer" select="72"/>

  <!-- Lines of at most `width` characters (a longer word stands alone on its line). -->
  <xsl:function name="tt:wrap-lines" as="xs:string*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="clean" select="normalize-space($text)"/>
    <xsl:if test="$clean">
      <xsl:analyze-string select="$clean" regex="{'(.{1,' || $width || '})( |$)|(\S+)( |$)'}">
        <xsl:matching-substring>
          <xsl:sequence select="(regex-group(1)[.], regex-group(3))[1]"/>
        </xsl:matching-substring>
      </xsl:analyze-string>
    </xsl:if>
  </xsl:function>

  <!-- One block as lines: line breaks inside it are kept, each line wrapped. -->
  <xsl:function name="tt:block-lines" as="xs:string*">
    <xsl:param name="block" as="element(tt:block)"/>
    <xsl:variable name="rest" select="string($block/@rest)"/>
    <xsl:variable name="width" select="max(($tt:width - string-length($rest), 20))"/>
    <xsl:variable name="lines" select="tokenize(string($block), '&#10;')[normalize-space()]
        ! tt:wrap-lines(., $width)"/>
    <xsl:sequence select="for $i in 1 to count($lines)
        return replace((if ($i = 1) then string($block/@first) else $rest) || $lines[$i], '\s+$', '')"/>
  </xsl:function>

  <!-- All blocks as one text, ending with a newline. -->
  <xsl:function name="tt:layout" as="xs:string">
    <xsl:param name="blocks" as="element(tt:block)*"/>
    <xsl:variable name="kept" select="$blocks[normalize-space()]"/>
    <xsl:sequence select="string-join(for $i in 1 to count($kept) return
        (if ($i gt 1) then (if ($kept[$i]/@tight = 'yes') then '&#10;' else '&#10;&#10;') else '')
        || string-join(tt:block-lines($kept[$i]), '&#10;'), '') || '&#10;'"/>
  </xsl:function>

  <!-- A block element. -->
  <xsl:function name="tt:block" as="element(tt:block)">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="rest" as="xs:string"/>
    <xsl:param name="tight" as="xs:boolean"/>
    <tt:block first="{$first}" rest="{$rest}" tight="{if ($tight) then 'yes' else 'no'}">
      <xsl:value-of select="$text"/>
    </tt:block>
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
