<?xml version="1.0" encoding="UTF-8"?>
<!-- Notes: which notes become numbered endnotes, and their numbers. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Notes printed in the running text rather than as endnotes. -->
  <xsl:function name="tt:is-inline-note" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="$note/@place = 'inline' or $note/@rend = 'inline'"/>
  </xsl:function>

  <!-- Notes of the text (not the header) that become numbered endnotes. -->
  <xsl:function name="tt:is-endnote" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="exists($note/ancestor::text) and not(tt:is-inline-note($note))
        and not($note/ancestor::note) and not($note/ancestor::*[local-name() = $tt:out-of-flow])"/>
  </xsl:function>

  <!-- All endnotes of a document, in reading order. -->
  <xsl:function name="tt:endnotes" as="element(note)*">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="$root//text//note[tt:is-endnote(.)]"/>
  </xsl:function>

  <!-- 1-based position of an endnote: unique, used for ids and links. -->
  <xsl:function name="tt:note-index" as="xs:integer" cache="yes">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="count($note/preceding::note[ancestor::text][tt:is-endnote(.)]) + 1"/>
  </xsl:function>

  <!-- Number shown to readers: the note's own @n when it has one, else its position. -->
  <xsl:function name="tt:note-label" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="if (normalize-space($note/@n)) then normalize-space($note/@n)
        else string(tt:note-index($note))"/>
  </xsl:function>

</xsl:stylesheet>
