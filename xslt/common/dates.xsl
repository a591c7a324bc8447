<?xml version="1.0" encoding="UTF-8"?>
<!-- Dates: W3C values (@when, @notBefore, ...) as reader-facing labels and as sort keys. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- "1951-07-05" -> "5 July 1951"; "1951-07-05T21:00:00" -> "5 July 1951, 21:00";
       "1951-07" -> "July 1951"; "1951" -> "1951"; "&#x2D;-07-05" -> "5 July"; else as given.
       Written with tt:date-words: format-date costs several times more in SaxonC. -->
  <xsl:function name="tt:format-when" as="xs:string">
    <xsl:param name="when" as="xs:string?"/>
    <xsl:variable name="w" select="normalize-space($when)"/>
    <xsl:choose>
      <xsl:when test="$w castable as xs:dateTime">
        <xsl:variable name="dt" select="xs:dateTime($w)"/>
        <xsl:sequence select="if (seconds-from-dateTime($dt) = 0)
            then tt:date-words(xs:date($dt)) || ', ' || format-number(hours-from-dateTime($dt), '00')
                 || ':' || format-number(minutes-from-dateTime($dt), '00')
            else format-dateTime($dt, '[D] [MNn] [Y], [H01]:[m01]:[s01]')"/>
      </xsl:when>
      <xsl:when test="$w castable as xs:date">
        <xsl:sequence select="tt:date-words(xs:date($w))"/>
      </xsl:when>
      <xsl:when test="matches($w, '^\d{4}-\d{2}$') and concat($w, '-01') castable as xs:date">
        <xsl:sequence select="substring-after(tt:date-words(xs:date(concat($w, '-01'))), ' ')"/>
      </xsl:when>
      <xsl:when test="matches($w, '^--\d{2}-\d{2}$') and concat('2000', substring($w, 2)) castable as xs:date">
        <xsl:sequence select="format-date(xs:date(concat('2000', substring($w, 2))), '[D] [MNn]')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$w"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:variable name="tt:months" as="xs:string*" select="('January', 'February', 'March',
      'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December')"/>

  <!-- A date as format-date(., '[D] [MNn] [Y]') in English writes it ("5 July 1951"), for
       the years 1 to 9999 without it. -->
  <xsl:function name="tt:date-words" as="xs:string">
    <xsl:param name="date" as="xs:date"/>
    <xsl:variable name="year" select="year-from-date($date)"/>
    <xsl:sequence select="if ($year ge 1 and $year le 9999)
        then day-from-date($date) || ' ' || $tt:months[month-from-date($date)] || ' ' || $year
        else format-date($date, '[D] [MNn] [Y]', 'en', (), ())"/>
  </xsl:function>

  <!-- Label for a TEI date element: its normalised value, a range, or its own text. -->
  <xsl:function name="tt:date-label" as="xs:string" cache="yes">
    <xsl:param name="d" as="element()?"/>
    <xsl:variable name="when" select="($d/@when, $d/@when-iso)[1]"/>
    <xsl:variable name="from" select="($d/@from, $d/@from-iso)[1]"/>
    <xsl:variable name="to" select="($d/@to, $d/@to-iso)[1]"/>
    <xsl:variable name="after" select="($d/@notBefore, $d/@notBefore-iso)[1]"/>
    <xsl:variable name="before" select="($d/@notAfter, $d/@notAfter-iso)[1]"/>
    <xsl:sequence select="
        if (exists($when)) then tt:format-when($when)
        else if (exists($from) and exists($to))
          then concat(tt:format-when($from), ' to ', tt:format-when($to))
        else if (exists($after) and exists($before))
          then concat('between ', tt:format-when($after), ' and ', tt:format-when($before))
        else if (exists($after)) then concat('not before ', tt:format-when($after))
        else if (exists($before)) then concat('not after ', tt:format-when($before))
        else if (exists($from)) then concat('from ', tt:format-when($from))
        else normalize-space($d)"/>
  </xsl:function>

  <!-- Sortable key (ISO prefix, at most "YYYY-MM-DDThh:mm:ss"); empty when undated. -->
  <xsl:function name="tt:date-key" as="xs:string">
    <xsl:param name="d" as="element()?"/>
    <xsl:variable name="value" select="($d/@when, $d/@when-iso, $d/@from, $d/@from-iso,
        $d/@notBefore, $d/@notBefore-iso, $d/@notAfter, $d/@notAfter-iso, $d/@to)
        [matches(normalize-space(.), '^\d{4}')][1]"/>
    <xsl:sequence select="substring(normalize-space($value), 1, 19)"/>
  </xsl:function>

</xsl:stylesheet>
