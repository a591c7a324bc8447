<?xml version="1.0" encoding="UTF-8"?>
<!--
  The plain-text edition's header block (title, then labelled facts with hanging indents) and
  its endnotes ([^n] followed by the note, hanging).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:variable name="tt:label-width" as="xs:integer" select="14"/>

  <xsl:function name="tt:field" as="map(*)?">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:if test="normalize-space($value)">
      <xsl:variable name="head" select="$label || ':'"/>
      <xsl:sequence select="tt:block($value,
          $head || tt:spaces($tt:label-width - string-length($head)),
          tt:spaces($tt:label-width), true())"/>
    </xsl:if>
  </xsl:function>

  <!-- "Mao Zedong, Beijing" -->
  <xsl:function name="tt:parties-text" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:sequence select="string-join((tt:parties-label($tei, $type)[.],
        tt:action-places($tei, $type) ! tt:party-label(.)), ', ')"/>
  </xsl:function>

  <xsl:function name="tt:header-blocks" as="map(*)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="title" select="tt:title($tei)"/>
    <xsl:variable name="date" select="tt:doc-date($tei)"/>
    <xsl:variable name="received" select="tt:action-date($tei, 'received')"/>
    <xsl:variable name="language" select="tt:original-language($tei)"/>
    <xsl:variable name="translators" select="tt:translators($tei)"/>
    <xsl:variable name="fields" as="map(*)*" select="(
        tt:field('Date', (($date ! tt:date-label(.))[normalize-space()], 'n.d.')[1]),
        tt:field('From', tt:parties-text($tei, 'sent')),
        tt:field('To', tt:parties-text($tei, 'received')),
        if (exists($received) and not($received is $date))
          then tt:field('Received', tt:date-label($received)) else (),
        tt:field('Type', tt:doc-type($tei)),
        tt:field('Archive', string-join((tt:repository($tei)[.], tt:shelfmark($tei)[.]), ', ')),
        tt:numbers($tei) ! tt:field(tt:number-label(@type), string(.)),
        tt:field('Language', if ($language) then 'translated from ' || $language else ()),
        tt:field('Translator', $translators),
        tt:field('Source', tt:source-url($tei)),
        tt:field('Citation', tt:archive-citation($tei)),
        tt:field('Funder', tt:funders($tei)),
        tt:field('Summary', tt:summary($tei) ! tt:inline-text(.)))"/>
    <xsl:sequence select="
        tt:block($title, '', '', false()),
        tt:block(tt:rule('=', min((string-length($title), $tt:width))), '', '', true()),
        $fields[1] ! tt:with(., map { 'tight': false() }),
        $fields[position() gt 1]"/>
  </xsl:function>

  <xsl:function name="tt:note-blocks" as="map(*)*">
    <xsl:param name="notes" as="element(note)*"/>
    <xsl:if test="exists($notes)">
      <xsl:sequence select="tt:block(tt:rule('-', $tt:width), '', '', false()),
          tt:block('Notes', '', '', true())"/>
      <xsl:for-each select="$notes">
        <xsl:variable name="marker" select="'[^' || tt:note-label(.) || '] '"/>
        <xsl:sequence select="tt:block(tt:inline-text(node()), $marker,
            tt:spaces(string-length($marker)), false())"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:function>

</xsl:stylesheet>
