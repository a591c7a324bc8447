<?xml version="1.0" encoding="UTF-8"?>
<!--
  Labels shown to readers, as data: document types, registry lines, editorial reasons,
  languages and authority files. Extend the maps here; no template needs to change.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    exclude-result-prefixes="#all">

  <!-- text/body/div/@type and floatingText/@type -->
  <xsl:variable name="tt:doc-types" as="map(xs:string, xs:string)" select="map {
      'telegram': 'Telegram',
      'cable': 'Cable',
      'letter': 'Letter',
      'memorandum': 'Memorandum',
      'record-of-conversation': 'Record of conversation',
      'report': 'Report',
      'agreement': 'Agreement',
      'statement': 'Statement',
      'note': 'Note',
      'document': 'Document',
      'telegramm': 'Telegram',
      'brief': 'Letter',
      'karte': 'Postcard'
    }"/>

  <!-- ab[@type='registry']/@subtype: the lines of the cable form -->
  <xsl:variable name="tt:registry-lines" as="map(xs:string, xs:string)" select="map {
      'letterhead': 'Letterhead',
      'cable-number': 'Cable number',
      'classification': 'Classification',
      'precedence': 'Precedence',
      'distribution': 'Distribution',
      'transmission': 'Transmission',
      'copy': 'Copy number',
      'routing': 'Routing',
      'incoming': 'Incoming registry number',
      'outgoing': 'Outgoing registry number',
      'series': 'Series',
      'stamp': 'Stamp',
      'document-type': 'Document type',
      'addressee': 'Addressee',
      'sender': 'Sender',
      'date': 'Date',
      'dateline': 'Dateline',
      'method': 'Method of transmission',
      'control': 'Control number',
      'subject': 'Subject',
      'destination': 'Destination',
      'provenance': 'Provenance',
      'participants': 'Participants',
      'place': 'Place',
      'time': 'Time',
      'deciphered': 'Decipherment',
      'enciphered': 'Encipherment',
      'printed': 'Printing',
      'copies-printed': 'Copies printed',
      'filed': 'Filing',
      'verified': 'Verification',
      'sent': 'Dispatch',
      'docket': 'Docket',
      'other': 'Registry note'
    }"/>

  <!-- div[@type='registry']/@subtype -->
  <xsl:variable name="tt:registry-blocks" as="map(xs:string, xs:string)" select="map {
      'heading': 'Cable heading',
      'processing': 'Processing notes'
    }"/>

  <!-- supplied/@reason: the tooltip on bracketed text -->
  <xsl:variable name="tt:supplied-reasons" as="map(xs:string, xs:string)" select="map {
      'identification': 'Identification added in the source translation',
      'omitted': 'Word left out in the original, supplied in the source translation',
      'signature': 'Place of a handwritten signature',
      'description': 'Description of the original in the source translation',
      'sic': 'So in the original'
    }"/>

  <!-- gap/@reason -->
  <xsl:variable name="tt:gap-reasons" as="map(xs:string, xs:string)" select="map {
      'omitted': 'Passage omitted in the source',
      'illegible': 'Illegible in the original',
      'obfuscated': 'Withheld in the source',
      'not-declassified': 'Not declassified'
    }"/>

  <!-- textClass/keywords/@n: the archive page's index fields -->
  <xsl:variable name="tt:keyword-fields" as="map(xs:string, xs:string)" select="map {
      'places': 'Associated places',
      'people': 'Associated people',
      'topics': 'Topics',
      'subjects': 'Subjects discussed'
    }"/>

  <!-- Roles of a person, place or organisation in a document (index pages) -->
  <xsl:variable name="tt:roles" as="map(xs:string, xs:string)" select="map {
      'sender': 'sender',
      'addressee': 'addressee',
      'sent-from': 'place of sending',
      'received-at': 'place of receipt',
      'mentioned': 'mentioned'
    }"/>

  <!-- persName/@subtype of variants in the register -->
  <xsl:variable name="tt:name-kinds" as="map(xs:string, xs:string)" select="map {
      'wade-giles': 'Wade-Giles',
      'pinyin': 'pinyin',
      'mccune-reischauer': 'McCune-Reischauer',
      'revised-romanization': 'Revised Romanization',
      'russian-transliteration': 'Russian transliteration',
      'japanese-reading': 'Japanese reading',
      'korean': 'Korean',
      'diacritics': 'with diacritics',
      'surname': 'surname',
      'full': 'full name',
      'initials': 'initials',
      'with-title': 'with title',
      'former-name': 'former name',
      'later-name': 'later name',
      'misspelling': 'misspelling',
      'translator-rendering': 'translator’s rendering',
      'transliteration': 'transliteration',
      'abbreviation': 'abbreviation'
    }"/>

  <!-- Primary language subtags (textLang/@mainLang, langUsage) -->
  <xsl:variable name="tt:languages" as="map(xs:string, xs:string)" select="map {
      'en': 'English', 'zh': 'Chinese', 'ru': 'Russian', 'ko': 'Korean',
      'de': 'German', 'fr': 'French', 'la': 'Latin', 'pl': 'Polish', 'ja': 'Japanese',
      'vi': 'Vietnamese', 'mn': 'Mongolian', 'cs': 'Czech', 'hu': 'Hungarian',
      'ro': 'Romanian', 'bg': 'Bulgarian', 'sq': 'Albanian', 'it': 'Italian',
      'es': 'Spanish', 'uk': 'Ukrainian', 'sr': 'Serbian', 'hr': 'Croatian'
    }"/>

  <!-- idno/@type (or @subtype when @type is URL): label and URL pattern for bare ids -->
  <xsl:variable name="tt:authorities" as="map(xs:string, map(xs:string, xs:string))" select="map {
      'wikidata': map { 'label': 'Wikidata', 'url': 'https://www.wikidata.org/wiki/' },
      'viaf': map { 'label': 'VIAF', 'url': 'https://viaf.org/viaf/' },
      'geonames': map { 'label': 'GeoNames', 'url': 'https://www.geonames.org/' },
      'gnd': map { 'label': 'GND', 'url': 'https://d-nb.info/gnd/' },
      'lc': map { 'label': 'Library of Congress', 'url': 'https://id.loc.gov/authorities/names/' }
    }"/>

</xsl:stylesheet>
