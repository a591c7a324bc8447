<?xml version="1.0" encoding="UTF-8"?>
<!--
  Header facts: where each fact of the metadata panel, the text edition's header and the index
  record lives, in our files (docs/encoding.md) and, as a fallback, in other editions' TEI.
  Every function takes the TEI root element.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The main title as read: supplied words (the editors' identifications) in brackets. -->
  <xsl:function name="tt:title" as="xs:string" cache="yes">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="titles" select="$tei/teiHeader/fileDesc/titleStmt/title"/>
    <xsl:variable name="main" select="($titles[@type = 'main'], $titles[@level = 'a'],
        $titles[not(@level = ('s', 'j', 'm')) and not(@type)], $titles)[1]"/>
    <xsl:variable name="title" select="normalize-space(string-join($main//text() !
        (if (parent::supplied) then '[' || . || ']' else string(.))))"/>
    <xsl:sequence select="if ($title) then $title else 'Untitled document'"/>
  </xsl:function>

  <!-- The first correspAction of a type ('sent', 'received'). -->
  <xsl:function name="tt:action" as="element()?" cache="yes">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:variable name="actions" select="$tei/teiHeader/profileDesc/correspDesc/correspAction[@type = $type]"/>
    <xsl:sequence select="($actions[not(@subtype)], $actions)[1]"/>
  </xsl:function>

  <!-- Senders ('sent') or addressees ('received'); without correspDesc, the text's
       from/to markup (FRUS heads). -->
  <xsl:function name="tt:parties" as="element()*" cache="yes">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:variable name="action" select="tt:action($tei, $type)"/>
    <xsl:variable name="marked" select="if ($type = 'sent') then 'from' else 'to'"/>
    <xsl:sequence select="if (exists($action))
        then $action/(persName | orgName | roleName | name | rs)
        else ($tei/text//*[@type = $marked][local-name() = ('persName', 'orgName', 'gloss', 'name', 'rs')])
             [not(ancestor::*/@type = $marked)]"/>
  </xsl:function>

  <!-- How a party is called: its own text, else its entry's regularised name. -->
  <xsl:function name="tt:party-label" as="xs:string" cache="yes">
    <xsl:param name="party" as="element()"/>
    <xsl:variable name="entity" select="tt:entity($party)"/>
    <xsl:sequence select="if (normalize-space($party)) then normalize-space($party)
        else if (exists($entity)) then tt:reg-name($entity) else 'unknown'"/>
  </xsl:function>

  <xsl:function name="tt:parties-label" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:sequence select="tt:join(tt:parties($tei, $type) ! tt:party-label(.))"/>
  </xsl:function>

  <!-- Places of sending or receipt. -->
  <xsl:function name="tt:action-places" as="element()*" cache="yes">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:variable name="action" select="tt:action($tei, $type)"/>
    <xsl:sequence select="if (exists($action)) then $action/placeName
        else if ($type = 'sent') then ($tei/text/body//dateline//placeName)[1] else ()"/>
  </xsl:function>

  <!-- The date element of an action. -->
  <xsl:function name="tt:action-date" as="element()?">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:sequence select="tt:action($tei, $type)/date[1]"/>
  </xsl:function>

  <!-- The document's date: sent, else received, else the first dateline of the text. -->
  <xsl:function name="tt:doc-date" as="element()?" cache="yes">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="(tt:action-date($tei, 'sent'), tt:action-date($tei, 'received'),
        ($tei/text/body//dateline//date)[1])[1]"/>
  </xsl:function>

  <!-- Our div/@type; else another edition's object type, when it is one we can name. -->
  <xsl:function name="tt:doc-type-code" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="codes" select="($tei/text/body/div[1]/@type,
        $tei/teiHeader/fileDesc/sourceDesc//objectType/@corresp) ! string(.)"/>
    <xsl:sequence select="($codes[map:contains($tt:doc-types, .)], '')[1]"/>
  </xsl:function>

  <xsl:function name="tt:doc-type" as="xs:string" cache="yes">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="code" select="tt:doc-type-code($tei)"/>
    <xsl:sequence select="if ($code) then tt:label($tt:doc-types, $code) else 'Document'"/>
  </xsl:function>

  <xsl:function name="tt:ms-identifier" as="element()?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="($tei/teiHeader/fileDesc/sourceDesc//msIdentifier)[1]"/>
  </xsl:function>

  <xsl:function name="tt:repository" as="xs:string" cache="yes">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="ms" select="tt:ms-identifier($tei)"/>
    <xsl:sequence select="string-join(($ms/repository, $ms/settlement)[normalize-space()]
        ! normalize-space(.), ', ')"/>
  </xsl:function>

  <xsl:function name="tt:shelfmark" as="xs:string" cache="yes">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="ms" select="tt:ms-identifier($tei)"/>
    <xsl:sequence select="normalize-space(($ms/idno[@type = 'shelfmark'], $ms/idno[not(@type)])[1])"/>
  </xsl:function>

  <!-- Telegram, incoming and outgoing numbers, as (type, value) fields. -->
  <xsl:function name="tt:numbers" as="element(tt:field)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="ms" select="tt:ms-identifier($tei)"/>
    <xsl:for-each select="('telegram', 'incoming', 'outgoing')">
      <xsl:variable name="type" select="."/>
      <xsl:variable name="value" select="normalize-space(($ms/altIdentifier/idno[@type = $type],
          if ($type = 'outgoing') then $tei/text/body//closer//idno[@type = 'outgoing'] else ())[1])"/>
      <xsl:if test="$value">
        <tt:field type="{$type}">
          <xsl:value-of select="$value"/>
        </tt:field>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="tt:number-label" as="xs:string">
    <xsl:param name="type" as="xs:string"/>
    <xsl:sequence select="map { 'telegram': 'Telegram No.', 'incoming': 'Incoming No.',
        'outgoing': 'Outgoing No.' }($type)"/>
  </xsl:function>

  <!-- The archive's summary: abstract (names tagged) or msContents/summary. -->
  <xsl:function name="tt:summary" as="element()?" cache="yes">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="($tei/teiHeader/profileDesc/abstract,
        $tei/teiHeader/fileDesc/sourceDesc//msContents/summary)[normalize-space()][1]"/>
  </xsl:function>

  <!-- The archive page's index terms, one keywords element per field. -->
  <xsl:function name="tt:keywords" as="element()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="$tei/teiHeader/profileDesc/textClass/keywords[term[normalize-space()]]"/>
  </xsl:function>

  <xsl:function name="tt:original-language" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="lang" select="($tei/teiHeader/fileDesc/sourceDesc//msContents/textLang)[1]"/>
    <xsl:sequence select="if ($lang/@mainLang) then tt:language($lang/@mainLang)
        else normalize-space($lang)"/>
  </xsl:function>

  <xsl:function name="tt:translators" as="xs:string" cache="yes">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="tt:join($tei/teiHeader/fileDesc/titleStmt/respStmt
        [matches(string(resp), 'transl', 'i')]/(name | persName | orgName) ! normalize-space(.))"/>
  </xsl:function>

  <xsl:function name="tt:funders" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="tt:join($tei/teiHeader/fileDesc/titleStmt/funder
        ! normalize-space((name, .)[1]))"/>
  </xsl:function>

  <!-- The source's web address: our citation URI, else the first http(s) pointer of the
       publication statement. -->
  <xsl:function name="tt:source-url" as="xs:string" cache="yes">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="file" select="$tei/teiHeader/fileDesc"/>
    <xsl:sequence select="string((($file/sourceDesc/bibl[@type = 'citation']/idno[@type = 'URI'],
        $file/publicationStmt/idno[lower-case(@type) = ('uri', 'url')],
        $file/publicationStmt//ref/@target) ! tt:safe-url(.))[.][1])"/>
  </xsl:function>

  <!-- The archive's citation as given, without the URI repeated. -->
  <xsl:function name="tt:archive-citation" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="bibl" select="$tei/teiHeader/fileDesc/sourceDesc/bibl[@type = 'citation'][1]"/>
    <xsl:sequence select="normalize-space(string-join($bibl/(node() except idno[@type = 'URI']), ''))"/>
  </xsl:function>

  <!-- Rights: licences and the reuse statement. -->
  <xsl:function name="tt:availability" as="element()?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="($tei/teiHeader/fileDesc/publicationStmt/availability)[1]"/>
  </xsl:function>

  <!-- Language of the transcribed text (for the lang attribute). -->
  <xsl:function name="tt:text-lang" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="string(($tei/text/body/@xml:lang, $tei/text/@xml:lang, $tei/@xml:lang,
        $tei/teiHeader/profileDesc/langUsage/language/@ident)[1])"/>
  </xsl:function>

</xsl:stylesheet>
