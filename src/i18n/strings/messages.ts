/**
 * What the commands and the build's content check say to the people who write
 * content (see ../messages.ts for how the language is chosen). Every message keeps
 * one shape: file, line, field, then "expected …, found …" and, for a near miss,
 * "did you mean …?". `en` must have exactly the keys of `de`.
 */
import type { Message, Messages } from '../types.ts';

const de = {
  // The shape of every problem.
  'problem.expected': 'erwartet {what}, gefunden {found}',
  'problem.didYouMean': ' – meinten Sie „{value}“?',
  'problem.line': 'Zeile {line}, ',
  'problem.file': '(Datei)',
  'problem.column': 'Spalte {column} ({name})',
  'problem.contentHas': { one: 'Der Inhalt hat {count} Problem:', other: 'Der Inhalt hat {count} Probleme:' },
  'problem.unknownFields': 'nur die Felder {known}',

  // How a found value reads.
  'found.nothing': 'nichts (das Feld ist Pflicht)',
  'found.invalidDate': 'ein ungültiges Datum',
  'found.list': { one: 'eine Liste mit {count} Eintrag', other: 'eine Liste mit {count} Einträgen' },
  'found.empty': 'einen leeren Wert',
  'found.object': 'eine Gruppe von Feldern',
  'found.characters': { one: '{count} Zeichen', other: '{count} Zeichen' },
  'found.emptyText': 'einen leeren Text',
  'found.emptyList': 'eine leere Liste',
  'found.type.string': 'einen Text',
  'found.type.number': 'eine Zahl',
  'found.type.boolean': 'true oder false',
  'found.type.object': 'eine Gruppe von Feldern',
  'found.type.array': 'eine Liste',
  'found.type.date': 'ein Datum',
  'found.type.null': 'einen leeren Wert',
  'found.type.other': 'einen Wert vom Typ {type}',
  'found.again': '„{value}“ noch einmal',
  'found.itself': 'den Eintrag selbst („{id}“)',
  'found.titleUsed': '„{title}“, auch verwendet von {other}',
  'found.after': '{day} nach {before}',
  'found.fileLink': 'einen Link auf die Datei „{url}“',
  'found.none': 'keinen',
  'found.noneAtAll': 'nichts',
  'found.syntaxError': 'einen Syntaxfehler: {detail}',
  'found.value': 'den Wert {value}',
  'found.somethingElse': 'etwas anderes',
  'found.remoteImage': '„{url}“ (die Website lädt nichts von anderen Servern)',
  'found.draftLink': '„{url}“, einen versteckten Eintrag (draft): der Link führt ins Leere, bis er veröffentlicht ist',

  // What a field expects.
  'what.id': 'eine ID wie „voice-messages“',
  'what.idPattern': 'Kleinbuchstaben, Ziffern und Bindestriche, wie „voice-messages“',
  'what.oneOf': 'einen dieser Werte: {values}',
  'what.day': 'ein Datum im Format JJJJ-MM-TT, wie 2026-03-14',
  'what.text': 'einen Text mit {min}–{max} Zeichen',
  'what.atLeastChars': 'mindestens {min} Zeichen',
  'what.atMostChars': 'höchstens {max} Zeichen',
  'what.localFile': '{what} neben der Datei, wie ./cover.jpg',
  'what.localFileStrict': '{what} neben der Datei, wie ./cover.jpg (die Website lädt nichts von anderen Servern)',
  'what.httpUrl': 'eine vollständige http(s)-Adresse wie https://example.com/seite',
  'what.list': 'eine Liste von {what}, wie [a, b]',
  'what.bilingual': '{what} auf Deutsch und Englisch als { de: …, en: … }',
  'what.german': '{what} auf Deutsch',
  'what.english': '{what} auf Englisch',
  'what.trueFalse': 'true oder false',
  'what.wholeNumber': 'eine ganze Zahl wie 3',
  'what.oneMentor': 'mindestens eine Mentor-ID',
  'what.tagCount': '1–6 Themen-IDs',
  'what.atMostTags': 'höchstens 6 Themen-IDs',
  'what.oneEntrySlug': 'mindestens einen Eintrag (Dateiname)',
  'what.dayOnOrAfterPublished': 'ein Datum am oder nach published ({day})',
  'what.historyOrder': 'die Ringe der history, das älteste zuerst',
  'what.dayOnOrAfterFrom': 'ein Datum am oder nach from ({day})',
  'what.featuredListed': 'einen Eintrag, der unter entries steht',
  'what.refId': '{kind} aus {where}',
  'what.idOnce': 'jede {what}-ID nur einmal',
  'what.otherEntries': 'andere Einträge',
  'what.dayBeforeToday': 'ein Datum vor heute ({day})',
  'what.uniqueTitle': 'einen Titel, den kein anderer Eintrag hat',
  'what.frontMatter': 'Felder zwischen zwei „---“-Zeilen am Anfang der Datei',
  'what.fileExists': 'diese Datei',
  'what.fieldLines': 'Felder als Zeilen „name: wert“',
  'what.fileName': 'einen Dateinamen aus Kleinbuchstaben, Ziffern und Bindestrichen',
  'what.yaml': 'gültiges YAML',
  'what.yamlList': 'eine Liste von Einträgen, die mit „- id: …“ beginnen',
  'what.altText': 'einen Alternativtext, der das Bild beschreibt, wie in ![was es zeigt]({url})',
  'what.localImage': 'eine Bilddatei, die beim Eintrag liegt',
  'what.imageAt': 'eine Bilddatei unter {file}',
  'what.pageLink': 'einen Link auf eine Seite wie /entries/{slug}/',
  'what.existingLink': 'einen Link auf {what}',
  'what.publishedLink': 'einen Link auf einen veröffentlichten Eintrag',
  'what.imageFile': 'eine Bilddatei ({extensions})',

  // Names used inside messages.
  'ref.entry': 'eine Eintrags-ID (Dateiname)',
  'ref.tag': 'eine Themen-ID',
  'ref.goal': 'eine Ziel-ID',
  'ref.mentor': 'eine Mentor-ID',
  'ref.path': 'eine Lernpfad-ID',
  'kind.entry': 'Eintrags',
  'kind.tag': 'Themen',
  'kind.goal': 'Ziel',
  'kind.mentor': 'Mentor',
  'kind.path': 'Lernpfad',
  'kind.glossary': 'Glossar',
  'bi.label': 'einen Namen',
  'bi.description': 'eine Beschreibung',
  'bi.meaning': 'eine Bedeutung',
  'bi.shortLabel': 'eine Kurzbezeichnung',
  'bi.questionText': 'einen Fragetext',
  'name.title': 'einen Titel',
  'name.questions': 'Fragen',
  'name.roles': 'Rollen (mentee, mentor)',
  'what.oneQuestion': 'mindestens eine Frage',
  'what.onlyThe': 'nur die {what} {known}',
  'what.quarter': 'ein Quartal im Format JJJJ-qN, wie 2026-q1',
  'what.rating': 'eine ganze Zahl von 1 bis 5',
  'what.oneRole': 'mindestens eine Rolle (mentee, mentor)',
  'name.columns': 'Spalten',
  'name.fields': 'Felder',
  'name.linkTitle': 'einen Linktitel',
  'name.sourceTitle': 'einen Quellentitel',
  'name.imageFile': 'eine Bilddatei',
  'name.coverAlt': 'einen Alternativtext, der das Bild beschreibt',
  'name.avatarAlt': 'einen Alternativtext, der das Profilbild beschreibt',
  'name.mentorName': 'den Namen der Mentor:in',
  'name.mentorRole': 'die Rolle der Mentor:in',
  'name.description': 'eine Beschreibung',
  'name.term': 'den Begriff',
  'name.mentorIds': 'Mentor-IDs',
  'name.tagIds': 'Themen-IDs',
  'name.goalIds': 'Ziel-IDs',
  'name.earlierRings': 'früheren Ringen',
  'name.platforms': 'Plattformen',
  'name.links': 'Links',
  'name.sources': 'Quellen',
  'name.entrySlugs': 'Einträgen (Dateinamen)',
  'name.languages': 'Sprachen (de, en)',
  'name.spellings': 'Schreibweisen',
  'name.linkedEntry': 'einen vorhandenen Eintrag',
  'name.linkedTag': 'ein vorhandenes Thema',
  'name.linkedGoal': 'ein vorhandenes Ziel',
  'name.linkedMentor': 'ein vorhandenes Mentor:innen-Profil',
  'name.linkedPath': 'einen vorhandenen Lernpfad',

  // Translations (translationOf).
  'tr.self': 'erwartet den Dateinamen des Originals in der anderen Sprache, gefunden den Eintrag selbst („{id}“)',
  'tr.chain': 'erwartet den Original-Eintrag, gefunden „{target}“, selbst eine Übersetzung von „{original}“ – schreibe translationOf: {original}',
  'tr.sameLang': 'erwartet einen Eintrag in einer anderen Sprache als dieser ({lang}), gefunden „{target}“ ebenfalls in {otherLang} – setze lang: bei der Übersetzung',
  'tr.twice': 'erwartet eine Übersetzung von „{target}“ je Sprache, gefunden eine zweite in {lang} (die erste ist {other})',

  // npm run check: the report.
  'check.summary.ok': '✔ {entries}, {mentors} geprüft, keine Fehler{tail}',
  'check.summary.errors': '✖ {errors} in {files}{tail}',
  'check.count.entries': { one: '{count} Eintrag', other: '{count} Einträge' },
  'check.count.mentors': { one: '{count} Mentor:in', other: '{count} Mentor:innen' },
  'check.count.errors': { one: '{count} Fehler', other: '{count} Fehler' },
  'check.count.files': { one: '{count} Datei', other: '{count} Dateien' },
  'check.count.warnings': { one: '{count} Warnung', other: '{count} Warnungen' },
  'check.count.days': { one: '{count} Tag', other: '{count} Tagen' },
  'check.warnings': 'Warnungen (die Prüfung scheitert nicht daran):',
  'check.stale': 'Überprüfung fällig (Warnungen), nach Mentor:in:',
  'check.inactive': ' – nicht mehr aktiv',
  'check.title': '„{title}“',
  'check.inactiveShort': ' (nicht mehr aktiv)',
  'check.overdue': 'Überprüfung war fällig am {day} (vor {days})',
  'check.due': 'Überprüfung ist fällig am {day} (in {days})',
  'check.staleAnnotation': '{due} – bitte den Eintrag prüfen und `updated` und `review` setzen',
  'check.md.fix': 'Bitte vor dem Zusammenführen beheben (`npm run check` zeigt dieselbe Liste auf dem eigenen Rechner):',
  'check.md.warnings': 'Warnungen',
  'check.md.stale': 'Überprüfung fällig, nach Mentor:in',
  'check.format': '--format: erwartet einen dieser Werte: {values}, gefunden „{found}“',

  // The build.
  'build.failed': 'Der Inhalt hat {errors} in {files}; es wurde nichts gebaut.',
  'build.guide': 'Felder: CONTRIBUTING.md, Abschnitt „Feldreferenz“. Text der Einträge: {bodyGuide}.',
  'build.runCheck': '`npm run check` zeigt dieselbe Liste mit Warnungen.',
  'build.renderFailed': '{file}: die Markdown-Verarbeitung konnte den Text nicht darstellen; der Grund steht im Protokoll darüber.',
  'build.checked': 'Inhalt geprüft in {ms} ms: {entries}, keine Fehler',

  // npm run new.
  'new.ask.kind': 'Worum geht es?',
  'new.ask.title': 'Titel:',
  'new.ask.mentor': 'Wer schreibt? (Name oder ID tippen zum Suchen)',
  'new.ask.tags': 'Themen (1–6; Leertaste wählt, Enter bestätigt):',
  'new.ask.level': 'Für welche Erfahrungsstufe?',
  'new.kind.app': 'App (app)',
  'new.kind.trend': 'Trend (trend)',
  'new.kind.value': 'Wert (value)',
  'new.level.starter': 'Einsteiger:in (starter)',
  'new.level.explorer': 'Entdecker:in (explorer)',
  'new.level.pro': 'Profi (pro)',
  'new.aborted': '--{flag}: erwartet eine Antwort, gefunden den Abbruch der Eingabe – es wurde nichts geschrieben',
  'new.what.titleLetters': 'einen Titel mit Buchstaben oder Ziffern',
  'new.titleTaken': 'erwartet einen Titel, dessen Dateiname frei ist, gefunden „{title}“: {file} gibt es schon – wähle einen anderen Titel oder bearbeite diesen Eintrag',
  'new.noMentors': 'erwartet Mentor:innen-Profile in {dir}, gefunden keine – lege zuerst dein Profil an (siehe CONTRIBUTING.md)',
  'new.what.mentor': 'eine Mentor-ID ({ids})',
  'new.what.mentorFrom': 'eine Mentor-ID aus content/mentors/ ({ids})',
  'new.what.tagCount': '1–6 Themen-IDs, durch Kommas getrennt',
  'new.what.tagsFrom': 'Themen-IDs aus content/tags.yaml ({tags})',
  'new.missing': 'es fehlen {missing}: erwartet alle Pflicht-Flags ({required}), wenn es kein Terminal zum Fragen gibt',
  'new.example': 'Beispiel:',
  'new.exists': '{file} gibt es schon – es wurde nichts geschrieben',
  'new.created': '✔ {file} angelegt (draft: true, also versteckt)\n\nNächste Schritte:\n  1. Zusammenfassung und Abschnitte in {file} schreiben.\n  2. Vorschau: npm run dev, dann {url} öffnen\n  3. Prüfen: npm run check\n  4. Wenn der Eintrag fertig ist, die Zeile „draft: true“ löschen und einen Pull Request öffnen.',

  // npm run stale, npm run report.
  'stale.within': '--within: erwartet eine Zahl von Tagen von 0 bis 3650, wie 30, gefunden „{found}“',
  'stale.lang': '--lang: erwartet einen dieser Werte: de, en, gefunden „{found}“',
  'stale.note': { one: 'Hinweis: Der Inhalt hat {count} Problem; Einträge, die die Prüfung nicht bestehen, fehlen in dieser Liste. `npm run check` zeigt die Einzelheiten.', other: 'Hinweis: Der Inhalt hat {count} Probleme; Einträge, die die Prüfung nicht bestehen, fehlen in dieser Liste. `npm run check` zeigt die Einzelheiten.' },
  'cli.date': '--{name}: erwartet ein Datum im Format JJJJ-MM-TT, wie 2026-06-30, gefunden „{found}“',
  'report.toAfterToday': '--to: erwartet einen Tag bis heute ({today}), gefunden {found}',
  'report.fromAfterTo': '--from: erwartet einen Tag am oder vor --to ({to}), gefunden {found}',
  'report.outEmpty': '--out: erwartet einen Ordner, gefunden einen leeren Text',
  'report.outFile': '--out: erwartet einen Ordner, gefunden die Datei {file}',
  'cli.locale': '--locale: erwartet eine der Sprachen der Website (SITE_LOCALES: {locales}), gefunden „{found}“',
  'report.contentErrors': { one: 'der Inhalt hat {count} Fehler; es wurde nichts geschrieben. `npm run check` zeigt die Einzelheiten.', other: 'der Inhalt hat {count} Fehler; es wurde nichts geschrieben. `npm run check` zeigt die Einzelheiten.' },
  'report.notWritten': '{reason}; es wurde nichts geschrieben.',

  // Flags, for every command.
  'cli.unknownFlag': 'unbekanntes Flag {flag}: erwartet eines von {known}',
  'cli.noValue': '{flag}: erwartet keinen Wert, gefunden einen',
  'cli.needsValue': '{flag}: erwartet einen Wert dahinter, gefunden keinen',
  'cli.positional': 'erwartet nur Flags (wie --help), gefunden {word}',
  'cli.aFlag': 'ein Flag',
  'cli.bareWord': 'ein einzelnes Wort',
  'cli.seeHelp': '`npm run {command} -- --help` zeigt alle Flags.',

  // npm run digest, its dry run and intro; the check's digest warning; writing files.
  'digest.number': '--number: erwartet eine ganze Zahl ab 1, wie 3, gefunden „{found}“',
  'digest.introUnreadable': '--intro: erwartet eine lesbare Markdown-Datei, gefunden keine unter „{file}“ ({code})',
  'digest.unreadable': 'nicht lesbar',
  'digest.introEmpty': '--intro: erwartet die Worte der Redaktion in „{file}“, gefunden eine leere Datei',
  'digest.titleEmpty': '--title: erwartet einen Titel, gefunden einen leeren Text',
  'digest.contentErrors': { one: 'der Inhalt hat {count} Problem; bitte zuerst beheben (npm run check):', other: 'der Inhalt hat {count} Probleme; bitte zuerst beheben (npm run check):' },
  'digest.exists': '--number {number}: Digest #{number} gibt es schon ({file}); mit --force überschreiben oder --number weglassen, dann wird es #{next}',
  'digest.today': 'heute ({day})',
  'digest.fromAfterTo': '--from {from} liegt nach {to}: erwartet den ersten Tag am oder vor dem letzten',
  'digest.periodAfterTo': 'der Zeitraum würde am {from} beginnen ({why}), also nach {to}: erwartet einen Zeitraum, der etwas abdeckt. Wähle ihn mit --from und --to.',
  'digest.afterDigest': 'am Tag nach dem Ende von Digest #{number}',
  'digest.firstDefault': 'der Standard für den ersten Digest',
  'digest.noEntries': 'keine veröffentlichten Einträge mit einem published- oder updated-Tag vom {from} bis {to} (Entwürfe zählen nie): erwartet mindestens einen.\nWähle einen anderen Zeitraum mit --from und --to.',
  'digest.featured': '--featured „{slug}“: erwartet den Dateinamen eines Eintrags in diesem Digest, gefunden {found}\nEinträge in diesem Digest: {ids}',
  'digest.featured.unknown': 'keinen Eintrag mit diesem Dateinamen',
  'digest.featured.draft': 'einen Entwurf',
  'digest.featured.outside': 'einen Eintrag, der vom {from} bis {to} weder veröffentlicht noch aktualisiert wurde',
  'digest.gmail': 'newsletter.html wäre {size} groß; Gmail kürzt Nachrichten über {limit}: erwartet einen kürzeren Digest. Wähle einen kürzeren Zeitraum oder weniger Einträge.',
  'digest.linksProduction': 'Links zeigen auf {url} ({file})',
  'digest.noSiteUrl': 'SITE_URL ist nicht gesetzt, also zeigen die Links auf {site}. Die Werte der Produktion gehören in {file} (docs/newsletter.md), oder SITE_URL wie für den Build setzen',
  'digest.summary.title': 'Digest #{number}: {title}',
  'digest.summary.period': 'Zeitraum: {period}{after}',
  'digest.summary.after': ' (nach Digest #{number})',
  'digest.summary.first': ' (erster Digest)',
  'digest.summary.counts': '{entries}, {featured} hervorgehoben; {moves}',
  'digest.count.moves': { one: '{count} Bewegung auf dem Radar', other: '{count} Bewegungen auf dem Radar' },
  'digest.leftOut': 'Nicht dabei ({count}):',
  'digest.dryRun': 'Probelauf: nichts geschrieben.',
  'digest.wrote': 'Geschrieben:',
  'digest.next': 'Weiter: {file} committen, damit /digests/{number}/ auf der Website erscheint, dann newsletter.eml in Outlook öffnen (es öffnet sich als Entwurf).',
  'digest.recordInvalid': 'der Digest-Eintrag würde die Prüfung nicht bestehen: {detail}',
  'leftOut.published': 'published {published}',
  'leftOut.updated': 'published {published}, updated {updated}',
  'leftOut.draft': 'ein Entwurf (draft: true; {days}): Entwürfe werden nie angekündigt; er kommt in den Digest des Zeitraums, in dem sein published-Tag liegt, sobald draft entfernt ist',
  'leftOut.after': '{days}, nach diesem Zeitraum ({from} bis {to}): der nächste Digest nimmt ihn auf',
  'leftOut.announced': '{days}, vor diesem Zeitraum (ab {from}); angekündigt in Digest #{numbers}',
  'leftOut.older': '{days}, vor dem ersten Digest (ab {first}): älter als der Newsletter',
  'leftOut.never': '{days}, vor diesem Zeitraum (ab {from}) und in keinem Digest: kein Digest wird ihn ankündigen. Um ihn jetzt anzukündigen, updated auf einen Tag vom {from} bis {to} setzen (zuletzt: {last})',
  'intro.absoluteLink': 'erwartet einen absoluten Link wie https://intranet.example.com/seite, gefunden „{url}“',
  'intro.image': 'erwartet nur Text und Links, gefunden ein Bild (E-Mail-Programme blockieren Bilder meist)',
  'intro.html': 'erwartet nur Markdown, gefunden rohes HTML „{html}“',
  'check.unannounced': '{day} liegt am oder vor dem Ende des letzten Newsletter-Digests (#{number}, bis {end}), und kein Digest führt diesen Eintrag, also wird ihn kein Digest ankündigen; erwartet einen Tag nach dem {end}, wie heute ({today})',
  'write.failed': '{file} konnte nicht geschrieben werden: {reason}',
  'write.isFolder': '{file} ist ein Ordner',

  // The body rules (the sentence after [rule]).
  'body.allowedUrls': 'eine Webadresse (https:// oder http://), eine mailto:-Adresse oder einen Pfad auf dieser Website wie /entries/tiktok/',
  'body.where.link': 'einem Link',
  'body.where.image': 'einem Bild',
  'body.where.attr': '{attr} von <{element}>',
  'body.scheme': 'erwartet {allowed} in {where}, gefunden das Schema „{scheme}:“ in {url}',
  'body.externalImage': 'erwartet ein Bild von dieser Website, gefunden {url} auf einem anderen Server – lege die Datei neben den Eintrag und schreibe ![was es zeigt](./bild.png)',
  'body.expression': 'erwartet kein JavaScript in {…} (nur Kommentare wie {/* Notiz */}), gefunden {{code}} – schreibe den Text als einfaches Markdown',
  'body.component': 'erwartet eine der Komponenten {components} oder ein einfaches Textelement wie <strong>, gefunden {found}{hint}',
  'body.found.htmlElement': 'das HTML-Element <{name}>',
  'body.found.component': 'die Komponente <{name}>',
  'body.attrExpression': 'erwartet Attribute in der Form name="Text", gefunden {{code}} an <{element}>',
  'body.eventHandler': 'erwartet kein Event-Handler-Attribut (on…), gefunden {attr} an <{element}> – ein Eintrag darf keinen Code ausführen',
  'body.rawHtmlAttr': 'erwartet den Inhalt zwischen <{element}> und </{element}>, gefunden das Attribut {attr}, das ungeprüftes HTML einfügt',
  'body.attrValue': 'erwartet Attributwerte als Text in Anführungszeichen, gefunden {attr}={{code}} an <{element}>',
  'body.attrs.only': 'nur die Attribute {allowed}',
  'body.attrs.none': 'keine Attribute',
  'body.attribute': 'erwartet {what} an <{element}>, gefunden {attr}{hint}',
  'body.video': 'erwartet die Adresse des Videos auf {origins} (eine Embed-Adresse), gefunden {url}',
  'body.or': ' oder ',
  'body.insteadHint': ' – {instead}',
  'body.importExport': 'erwartet kein {word} (die Komponenten {components} brauchen keinen Import), gefunden „{code}“ – schreibe den Text als Markdown',
  'body.rawHtml': 'erwartet Markdown ohne HTML (auch keine Kommentare), gefunden „{code}“ – {instead}',
  'body.textAllowlist': 'erwartet Absätze, Hervorhebungen, Listen und Links, gefunden {found} – {instead}',
  'body.textInstead': 'eine Bio oder ein Digest-Text enthält Absätze, *Hervorhebung*, **Fettdruck**, Listen und [Links](https://…); schreibe den Rest als Satz',
  'body.element': 'das Element <{tag}>',
  'body.md.heading1': 'eine Überschrift (# …)',
  'body.md.heading2': 'eine Überschrift (## …)',
  'body.md.heading3': 'eine Überschrift (### …)',
  'body.md.heading4': 'eine Überschrift (#### …)',
  'body.md.heading': 'eine Überschrift',
  'body.md.image': 'ein Bild (![…](…))',
  'body.md.code': 'einen Codeblock',
  'body.md.quote': 'ein Zitat (> …)',
  'body.md.rule': 'eine Trennlinie (---)',
  'body.md.table': 'eine Tabelle',
  'body.md.checkbox': 'ein Kästchen einer Aufgabenliste ([ ])',
  'body.md.footnote': 'eine Fußnote',
  'body.mdxSyntax': 'erwartet gültiges MDX, gefunden einen Syntaxfehler: {reason}',
  'body.instead.markdown': 'schreibe den Text als Markdown',
  'body.instead.markdownOrComponents': 'schreibe den Text als Markdown oder nutze die Komponenten',
  'body.instead.forms': 'ein Eintrag hat keine Formulare oder Schaltflächen; beschreibe die Schritte in einem <TryIt>-Block',
  'body.instead.embed': 'verlinke es oder nutze <Video url="https://…" title="…">, das erst lädt, wenn die Leser:in zustimmt',
  'body.instead.script': 'ein Eintrag darf keinen Code ausführen; beschreibe in einem <TryIt>-Block, was man ausprobieren kann',
  'body.instead.svg': 'SVG kann Skripte und Links enthalten; lege ein Bild neben den Eintrag und schreibe ![was es zeigt](./bild.png)',
  'body.instead.math': 'MathML kann Links enthalten; schreibe die Formel als Text',
  'body.instead.img': 'nutze ein Markdown-Bild ![was es zeigt](./bild.png) und lege die Datei neben den Eintrag',
  'body.instead.video': 'nutze <Video url="https://…" title="…">, das erst lädt, wenn die Leser:in zustimmt',
  'body.instead.audio': 'verlinke stattdessen die Aufnahme',
  'body.instead.file': 'verlinke stattdessen die Datei',
  'body.instead.link': 'die Gestaltung der Website gilt für jeden Eintrag; für einen Link schreibe [Text](https://…)',
  'body.instead.style': 'die Gestaltung der Website gilt für jeden Eintrag',
  'body.instead.base': 'schreibe Links als /entries/<slug>/; die Website ergänzt ihren Pfad selbst',
  'body.instead.meta': 'der Kopf der Seite gehört der Website; schreibe den Text als Markdown',
  'body.instead.h1': 'der Titel des Eintrags ist die Überschrift der Seite; beginne Abschnitte mit ## in Markdown',
  'body.guide': 'CONTRIBUTING.md, Abschnitt „Was im Text erlaubt ist“',
  'body.error.entry': 'Der Text des Eintrags {file} verstößt gegen die Regeln für Texte:',
  'body.error.text': 'Der Text von {file} verstößt gegen die Regeln für Texte:',
  'body.error.tail': 'Was ein Text enthalten darf: {guide}. `npm run check` zeigt alle Probleme im Inhalt.',

  // The settings (environment variables, site.production.json).
  'config.invalid': 'Ungültige Konfiguration:',
  'config.siteUrl': 'SITE_URL: erwartet eine absolute http(s)-Adresse wie https://intranet.example.com, gefunden {found}',
  'config.basePath': 'BASE_PATH: erwartet einen Pfad, der mit „/“ beginnt, wie /kb/, gefunden {found}',
  'config.siteLocales': 'SITE_LOCALES: erwartet eine durch Kommas getrennte Liste aus de und en, jede einmal, die Sprache der Startseite zuerst (wie de,en oder de), gefunden {found}',
  'config.siteLocale': 'SITE_LOCALE: erwartet de oder en, gefunden {found}',
  'config.repoUrl': 'REPO_URL: erwartet die Webadresse des Repositorys wie https://git.example.com/comms/trend-library, gefunden {found}',
  'config.oneOf': '{name}: erwartet einen dieser Werte: {values}, gefunden {found}',
  'config.trueFalse': '{name}: erwartet true oder false, gefunden {found}',
  'config.editorRepo': 'EDITOR_REPO: erwartet Besitzer/Name wie comms/trend-library, gefunden {found}',
  'config.editorApiRoot': 'EDITOR_API_ROOT: erwartet eine absolute http(s)-Adresse wie https://git.example.com/api/v4, gefunden {found}',
  'config.editorAuthUrl': 'EDITOR_AUTH_URL: erwartet einen reinen Ursprung wie https://git.example.com, gefunden {found}',
  'config.localBackend': 'EDITOR_LOCAL_BACKEND: erwartet eine absolute http-Adresse wie http://127.0.0.1:8081, gefunden {found}',
  'config.authUrlPath': 'EDITOR_AUTH_URL: erwartet einen reinen Ursprung (Schema, Host und Port, ohne Pfad, Query oder Fragment) wie https://relay.example.com, gefunden {found}: Decap vergleicht ihn mit dem Ursprung des Anmeldefensters, ein Pfad lässt die Anmeldung scheitern',
  'config.authUrlMissing': 'EDITOR_AUTH_URL: nicht gesetzt, also würde sich der Editor über den Standarddienst von Decap unter https://api.netlify.com anmelden, den Server einer anderen Firma; erwartet den Ursprung des firmeneigenen OAuth-Relays wie https://relay.example.com (siehe docs/deploy.md) oder EDITOR_ENABLED=false',
  'config.appIdMissing': 'EDITOR_APP_ID: nicht gesetzt; die Anmeldung bei {host} braucht die Client-ID einer OAuth-Anwendung, die auf {authUrl} registriert ist (siehe docs/deploy.md), oder EDITOR_ENABLED=false',
  'config.backendConflict': 'EDITOR_BACKEND: {backend} weicht von REPO_HOST {host} ab; Editor und Links arbeiten mit demselben Repository, also setze nur eines von beiden (oder in beiden denselben Wert)',
  'config.repoHostUnknown': 'REPO_HOST: nicht gesetzt, und der Host {hostname} von REPO_URL verrät nicht, welche Art von Git-Host es ist; erwartet einen dieser Werte: {values} (github auch für GitHub Enterprise)',
  'production.notJson': '{file}: erwartet JSON wie {example}, gefunden Text, der sich nicht lesen lässt ({detail})',
  'production.notObject': '{file}: erwartet ein Objekt wie {example}, gefunden {found}',
  'production.aList': 'eine Liste',
  'production.unknownKey': '{key}: erwartet einen dieser Schlüssel: {keys} (oder $comment), gefunden einen unbekannten Schlüssel',
  'production.notText': '{key}: erwartet einen Text, gefunden {found}',
  'production.missing': '{key}: erwartet den Wert der Produktion, gefunden keinen',
  'production.conflict': '{key} ist in dieser Shell „{given}“, aber {file} nennt „{value}“, den Wert der Produktion: erwartet denselben Wert oder die Variable nicht gesetzt (PowerShell: Remove-Item Env:{key}; cmd.exe: set {key}=; bash: unset {key})',

  // The survey files (content/feedback/: questions.yaml and one CSV per quarter).
  'survey.validCsv': 'gültiges CSV',
  'survey.firstLine': 'eine erste Zeile mit den Spalten {columns}',
  'survey.emptyFile': 'eine leere Datei',
  'survey.unknownColumn': 'erwartet nur die Spalten {columns}, gefunden „{name}“{hint} (Namen und Freitext werden nie erhoben)',
  'survey.columnTwice': 'erwartet jede Spalte nur einmal, gefunden „{name}“ noch einmal',
  'survey.missingColumns': 'erwartet die Spalten {columns}, gefunden keine Spalte {missing}',
  'survey.quoted': '„{value}“',
  'survey.cells': 'erwartet {expected} Zellen wie in der ersten Zeile, gefunden {found}',
  'survey.period': 'erwartet den Zeitraum, nach dem die Datei benannt ist („{period}“), gefunden „{found}“',
  'survey.goal': 'erwartet eine Ziel-ID aus goals.yaml ({goals}), gefunden „{found}“{hint}',
  'survey.question': 'erwartet eine Fragen-ID aus questions.yaml ({ids}), gefunden „{found}“{hint}',
  'survey.role': 'erwartet eine Rolle, der die Frage „{question}“ gestellt wird ({roles}), gefunden „{found}“',
  'survey.noAnswers': 'erwartet mindestens eine Antwort unter der ersten Zeile, gefunden keine',
  'survey.column': 'Spalte {column}',
  'survey.questionTwice': 'erwartet jede Fragen-ID nur einmal, gefunden „{id}“ noch einmal',
  'survey.strayFile': 'erwartet in diesem Ordner nur {questions} und Dateien, die nach einem Quartal benannt sind, wie 2026-q1.csv, gefunden „{name}“',
  'survey.noQuestions': 'erwartet diese Datei mit den Fragen der Umfrage neben den Antworten, gefunden nichts',

  // --help of each command; the report's last line; a bad SOURCE_DATE_EPOCH.
  'help.check': `Aufruf: npm run check [-- Flags]

Prüft den Inhaltsordner: die Felder der Einträge, Mentor:innen, Lernpfade, Digests,
Themen, Ziele und des Glossars; die Regeln für den MDX-Text; Links zwischen
Einträgen; Bilder und ihre Alternativtexte; doppelte Titel. Einträge, deren
Review-Datum vorbei ist, erscheinen als Warnungen, nach Mentor:in sortiert.

Flags:
  --format <text|json|markdown|codequality>
                                 text (Standard) für Menschen, json für Programme,
                                 markdown für einen Kommentar im Pull- oder
                                 Merge-Request, codequality für den Code-Quality-
                                 Bericht von GitLab
  -h, --help                     zeigt diese Hilfe

Umgebung: CONTENT_DIR (Standard: content), SITE_URL, BASE_PATH.
In GitHub Actions (GITHUB_ACTIONS=true) beginnt die Textausgabe mit
::error-/::warning-Anmerkungen für den Pull Request.
Meldungen in der Sprache der Website: Deutsch, mit SITE_LOCALE=en Englisch.
Exit-Codes: 0 keine Fehler (Warnungen erlaubt), 1 Fehler im Inhalt, 2 falscher Aufruf.
`,
  'help.new': `Aufruf: npm run new [-- Flags]

Legt content/entries/<slug>.mdx als Entwurf an (draft: true), mit Feldern, die die
Prüfung bestehen, und den empfohlenen Abschnitten zum Ausfüllen. Der Dateiname
kommt aus dem Titel (ä → ae, ö → oe, ü → ue, ß → ss). Im Terminal fragt der Befehl
nach fehlenden Flags; ohne Terminal muss jedes Pflicht-Flag angegeben sein.

Flags:
  --kind <app|trend|value>         worum es im Eintrag geht (Pflicht)
  --title <Text>                   der Titel des Eintrags, 3–90 Zeichen (Pflicht)
  --mentor <ID>[,<ID>]             deine ID aus content/mentors/ (Pflicht)
  --tags <ID,ID,…>                 1–6 Themen-IDs aus content/tags.yaml (Pflicht)
  --level <starter|explorer|pro>   Erfahrungsstufe der Führungskraft (Pflicht)
  --lang <de|en>                   Sprache des Eintrags (Standard: die der Website)
  -h, --help                       zeigt diese Hilfe

Meldungen in der Sprache der Website: Deutsch, mit SITE_LOCALE=en Englisch.

Beispiel:
  npm run new -- --kind app --title "Sprachnachrichten" --mentor lena-hoffmann --tags messenger,voice-messages --level starter
`,
  'help.stale': `Aufruf: npm run stale [-- Flags]

Listet die Einträge, deren Review-Datum vorbei ist, nach Mentor:in sortiert, als
Markdown zum Verschicken an die Mentor:innen (z. B. im Team-Chat oder per E-Mail).
Entwürfe fehlen.

Flags:
  --within <Tage>   nennt auch die Einträge, die in den nächsten <Tage> Tagen
                    fällig werden, z. B. 30
  --lang <de|en>    Sprache der Liste (Standard: die der Website, SITE_LOCALE)
  -h, --help        zeigt diese Hilfe

Umgebung: CONTENT_DIR, SITE_URL und BASE_PATH (für die Links auf die Einträge),
REPO_URL und REPO_BRANCH (für die Links „bearbeiten“).
Meldungen in der Sprache der Website: Deutsch, mit SITE_LOCALE=en Englisch.
`,
  'help.digest': `Aufruf: npm run digest -- [Flags]

Schreibt den Newsletter-Digest der Einträge, die in einem Zeitraum veröffentlicht
oder aktualisiert wurden: den Eintrag content/digests/<Nummer>.md und im
Ausgabeordner newsletter.html, newsletter.txt, newsletter.md und newsletter.eml
(öffnet sich in Outlook als Entwurf).

Flags:
  --from <JJJJ-MM-TT>   erster Tag des Zeitraums (einschließlich); Standard: der
                        Tag nach dem „to“ des letzten Digests, beim ersten vor 30 Tagen
  --to <JJJJ-MM-TT>     letzter Tag des Zeitraums (einschließlich); Standard: heute
  --number <n>          Nummer der Ausgabe; Standard: die des letzten Digests + 1
  --title <Text>        Betreff und Überschrift; Standard: „<Seitentitel> Digest #<n> – <Zeitraum>“
  --intro <datei.md>    die Worte der Redaktion oben (Markdown; nur absolute Links)
  --featured <slug>     ein Eintrag, der zuerst erscheint; mehrfach möglich; Standard:
                        die Einträge des Zeitraums mit „featured: true“
  --out <ordner>        wohin die Newsletter-Dateien kommen; Standard: digests-out/<n>/
  --locale <de|en>      Sprache des Digests und der Oberfläche, in die seine Links
                        führen; Standard: die erste Sprache der Website (SITE_LOCALES)
  --dry-run             zeigt, was ausgewählt würde und warum jeder andere Eintrag
                        fehlt; schreibt nichts
  --force               überschreibt einen vorhandenen Digest mit derselben Nummer
  -h, --help            zeigt diese Hilfe

Umgebung (wie beim Build): SITE_URL und BASE_PATH machen jeden Link absolut,
SITE_LOCALES nennt die Sprachen der Oberfläche (die erste ist der Standard),
SITE_TITLE den Namen des Programms. Meldungen in der Sprache der Website, gleich
was --locale sagt: Deutsch, mit SITE_LOCALE=en Englisch.

Beispiel:
  SITE_URL=https://intranet.example.com BASE_PATH=/trends/ npm run digest -- --intro intro.md
`,
  'help.report': `Aufruf: npm run report [-- Flags]

Schreibt die Zahlen der Seite /program/ für einen Zeitraum als Markdown und CSV:
Abdeckung der Ziele mit ihren dünnen Stellen, Beiträge pro Monat, Mentor:innen,
Aktualität, Reichweite und die anonymisierte Umfrage (Gruppen unter 5 Antworten
werden unterdrückt).

Flags:
  --from <JJJJ-MM-TT>  erster Tag des Zeitraums (einschließlich);
                       Standard: die erste Veröffentlichung der Bibliothek
  --to <JJJJ-MM-TT>    letzter Tag (einschließlich), höchstens heute; Abdeckung,
                       Mentor:innen, Aktualität und Reichweite gelten für diesen
                       Tag; Standard: heute
  --out <ordner>       Ordner für program-report.md und program-report.csv;
                       Standard: report-out
  --locale <de|en>     Sprache des Berichts, eine der Sprachen der Website;
                       Standard: die erste (Start-)Sprache aus SITE_LOCALES
  -h, --help           zeigt diese Hilfe

Quartale der Umfrage sind dabei, wenn sie den Zeitraum überschneiden; jedes
Quartal steht für sich, nie zusammengezählt.

Umgebung: CONTENT_DIR (Standard: content), SITE_LOCALES (Sprachen), SITE_TITLE.
Meldungen in der Sprache der Website: Deutsch, mit SITE_LOCALE=en Englisch.
Exit-Codes: 0 geschrieben, 1 Fehler im Inhalt, 2 falscher Aufruf; bei einem Fehler
wird nichts geschrieben.
`,
  'report.written': 'Programmbericht {from} – {to}: {files}',
  'today.epoch': 'SOURCE_DATE_EPOCH: erwartet ganze Sekunden seit 1970-01-01 UTC, wie 1764547200, gefunden {found}',
} satisfies Messages;

const en: Record<keyof typeof de, Message> = {
  'problem.expected': 'expected {what}, found {found}',
  'problem.didYouMean': ' — did you mean "{value}"?',
  'problem.line': 'line {line}, ',
  'problem.file': '(file)',
  'problem.column': 'column {column} ({name})',
  'problem.contentHas': { one: 'The content has {count} problem:', other: 'The content has {count} problems:' },
  'problem.unknownFields': 'only the fields {known}',

  'found.nothing': 'nothing (the field is required)',
  'found.invalidDate': 'an invalid date',
  'found.list': { one: 'a list of {count}', other: 'a list of {count}' },
  'found.empty': 'an empty value',
  'found.object': 'an object',
  'found.characters': { one: '{count} character', other: '{count} characters' },
  'found.emptyText': 'an empty text',
  'found.emptyList': 'an empty list',
  'found.type.string': 'a string',
  'found.type.number': 'a number',
  'found.type.boolean': 'a boolean',
  'found.type.object': 'a group of fields',
  'found.type.array': 'a list',
  'found.type.date': 'a date',
  'found.type.null': 'an empty value',
  'found.type.other': 'a {type}',
  'found.again': '"{value}" again',
  'found.itself': 'the entry itself ("{id}")',
  'found.titleUsed': '"{title}", also used by {other}',
  'found.after': '{day} after {before}',
  'found.fileLink': 'a link to the file "{url}"',
  'found.none': 'none',
  'found.noneAtAll': 'nothing',
  'found.syntaxError': 'a syntax error: {detail}',
  'found.value': 'the value {value}',
  'found.somethingElse': 'something else',
  'found.remoteImage': '"{url}" (the site loads nothing from other servers)',
  'found.draftLink': '"{url}", which is a draft: the link leads nowhere until it is published',

  'what.id': 'an id such as "voice-messages"',
  'what.idPattern': 'lowercase letters, digits and hyphens, such as "voice-messages"',
  'what.oneOf': 'one of {values}',
  'what.day': 'a date written as YYYY-MM-DD, such as 2026-03-14',
  'what.text': 'text of {min}–{max} characters',
  'what.atLeastChars': 'at least {min} characters',
  'what.atMostChars': 'at most {max} characters',
  'what.localFile': '{what} stored next to the file, such as ./cover.jpg',
  'what.localFileStrict': '{what} stored next to the file, such as ./cover.jpg (the site loads nothing from other servers)',
  'what.httpUrl': 'an absolute http(s) URL such as https://example.com/page',
  'what.list': 'a list of {what}, such as [a, b]',
  'what.bilingual': 'a German and an English {what} as { de: …, en: … }',
  'what.german': 'a German {what}',
  'what.english': 'an English {what}',
  'what.trueFalse': 'true or false',
  'what.wholeNumber': 'a whole number such as 3',
  'what.oneMentor': 'at least one mentor id',
  'what.tagCount': '1–6 tag ids',
  'what.atMostTags': 'at most 6 tag ids',
  'what.oneEntrySlug': 'at least one entry slug',
  'what.dayOnOrAfterPublished': 'a day on or after published ({day})',
  'what.historyOrder': 'history oldest first',
  'what.dayOnOrAfterFrom': 'a day on or after from ({day})',
  'what.featuredListed': 'a slug listed under entries',
  'what.refId': '{kind} from {where}',
  'what.idOnce': 'each {what} id once',
  'what.otherEntries': 'other entries',
  'what.dayBeforeToday': 'a day before today ({day})',
  'what.uniqueTitle': 'a title no other entry has',
  'what.frontMatter': 'front matter between two "---" lines at the top',
  'what.fileExists': 'this file to exist',
  'what.fieldLines': 'fields written as "name: value" lines',
  'what.fileName': 'a file name of lowercase letters, digits and hyphens',
  'what.yaml': 'valid YAML',
  'what.yamlList': 'a list of items starting with "- id: …"',
  'what.altText': 'an alt text describing the image, as in ![what it shows]({url})',
  'what.localImage': 'an image file stored with the entry',
  'what.imageAt': 'an image file at {file}',
  'what.pageLink': 'a link to a page such as /entries/{slug}/',
  'what.existingLink': 'a link to {what}',
  'what.publishedLink': 'a link to a published entry',
  'what.imageFile': 'an image file ({extensions})',

  'ref.entry': 'an entry id',
  'ref.tag': 'a tag id',
  'ref.goal': 'a goal id',
  'ref.mentor': 'a mentor id',
  'ref.path': 'a path id',
  'kind.entry': 'entry',
  'kind.tag': 'tag',
  'kind.goal': 'goal',
  'kind.mentor': 'mentor',
  'kind.path': 'path',
  'kind.glossary': 'glossary',
  'bi.label': 'label',
  'bi.description': 'description',
  'bi.meaning': 'meaning',
  'bi.shortLabel': 'short label',
  'bi.questionText': 'question text',
  'name.title': 'a title',
  'name.questions': 'questions',
  'name.roles': 'roles (mentee, mentor)',
  'what.oneQuestion': 'at least one question',
  'what.onlyThe': 'only the {what} {known}',
  'what.quarter': 'a quarter written as YYYY-qN, such as 2026-q1',
  'what.rating': 'a whole number from 1 to 5',
  'what.oneRole': 'at least one role (mentee, mentor)',
  'name.columns': 'columns',
  'name.fields': 'fields',
  'name.linkTitle': 'a link title',
  'name.sourceTitle': 'a source title',
  'name.imageFile': 'an image file',
  'name.coverAlt': 'an alt text describing the image',
  'name.avatarAlt': 'an alt text describing the avatar',
  'name.mentorName': 'the mentor’s name',
  'name.mentorRole': 'the mentor’s role',
  'name.description': 'a description',
  'name.term': 'the term',
  'name.mentorIds': 'mentor ids',
  'name.tagIds': 'tag ids',
  'name.goalIds': 'goal ids',
  'name.earlierRings': 'earlier rings',
  'name.platforms': 'platforms',
  'name.links': 'links',
  'name.sources': 'sources',
  'name.entrySlugs': 'entry slugs',
  'name.languages': 'languages (de, en)',
  'name.spellings': 'spellings',
  'name.linkedEntry': 'an existing entry',
  'name.linkedTag': 'an existing tag',
  'name.linkedGoal': 'an existing goal',
  'name.linkedMentor': 'an existing mentor',
  'name.linkedPath': 'an existing learning path',

  'tr.self': 'expected the slug of the original in the other language, found the entry itself ("{id}")',
  'tr.chain': 'expected the original entry, found "{target}", itself a translation of "{original}" — write translationOf: {original}',
  'tr.sameLang': 'expected an entry in another language than this one ({lang}), found "{target}" in {otherLang} too — set lang: on the translation',
  'tr.twice': 'expected one translation of "{target}" per language, found a second one in {lang} (the first is {other})',

  'check.summary.ok': '✔ {entries}, {mentors} checked, no errors{tail}',
  'check.summary.errors': '✖ {errors} in {files}{tail}',
  'check.count.entries': { one: '{count} entry', other: '{count} entries' },
  'check.count.mentors': { one: '{count} mentor', other: '{count} mentors' },
  'check.count.errors': { one: '{count} error', other: '{count} errors' },
  'check.count.files': { one: '{count} file', other: '{count} files' },
  'check.count.warnings': { one: '{count} warning', other: '{count} warnings' },
  'check.count.days': { one: '{count} day', other: '{count} days' },
  'check.warnings': 'Warnings (they do not fail the check):',
  'check.stale': 'Past their review date (warnings), by mentor:',
  'check.inactive': ' – no longer active',
  'check.title': '“{title}”',
  'check.inactiveShort': ' (no longer active)',
  'check.overdue': 'review was due on {day} ({days} ago)',
  'check.due': 'review is due on {day} (in {days})',
  'check.staleAnnotation': '{due} – please check the entry and update `updated` and `review`',
  'check.md.fix': 'Please fix these before merging (run `npm run check` locally to see the same list):',
  'check.md.warnings': 'Warnings',
  'check.md.stale': 'Past their review date, by mentor',
  'check.format': '--format: expected one of {values}, found "{found}"',

  'build.failed': 'The content has {errors} in {files}; nothing was built.',
  'build.guide': 'Fields: CONTRIBUTING.md, section „Feldreferenz“ (English: “Field reference”). Entry bodies: {bodyGuide}.',
  'build.runCheck': 'Run `npm run check` for the same list with warnings.',
  'build.renderFailed': '{file}: the Markdown pipeline could not render the text; see the log above for the reason.',
  'build.checked': 'content checked in {ms} ms: {entries}, no errors',

  'new.ask.kind': 'What is it about?',
  'new.ask.title': 'Title:',
  'new.ask.mentor': 'Who writes it? (type a name or id to search)',
  'new.ask.tags': 'Tags (1–6; space picks, Enter confirms):',
  'new.ask.level': 'For which experience level?',
  'new.kind.app': 'App (app)',
  'new.kind.trend': 'Trend (trend)',
  'new.kind.value': 'Value (value)',
  'new.level.starter': 'Starter (starter)',
  'new.level.explorer': 'Explorer (explorer)',
  'new.level.pro': 'Pro (pro)',
  'new.aborted': '--{flag}: expected an answer, found the end of the input – nothing was written',
  'new.what.titleLetters': 'a title with letters or digits',
  'new.titleTaken': 'expected a title whose file name is free, found "{title}": {file} already exists – choose another title or edit that entry',
  'new.noMentors': 'expected mentor profiles in {dir}, found none – add your profile first (see CONTRIBUTING.md)',
  'new.what.mentor': 'a mentor id ({ids})',
  'new.what.mentorFrom': 'a mentor id from content/mentors/ ({ids})',
  'new.what.tagCount': '1–6 tag ids separated by commas',
  'new.what.tagsFrom': 'tag ids from content/tags.yaml ({tags})',
  'new.missing': 'missing {missing}: expected every required flag ({required}) when there is no terminal to ask in',
  'new.example': 'Example:',
  'new.exists': '{file} already exists – nothing was written',
  'new.created': '✔ Created {file} (draft: true)\n\nNext steps:\n  1. Write the summary and the sections in {file}.\n  2. Preview: npm run dev, then open {url}\n  3. Validate: npm run check\n  4. When it is ready, delete the line "draft: true" and open a pull request.',

  'stale.within': '--within: expected a number of days from 0 to 3650, such as 30, found "{found}"',
  'stale.lang': '--lang: expected one of de, en, found "{found}"',
  'stale.note': { one: 'Note: the content has {count} problem; entries that do not validate are missing from this report. Run `npm run check` for details.', other: 'Note: the content has {count} problems; entries that do not validate are missing from this report. Run `npm run check` for details.' },
  'cli.date': '--{name}: expected a date written as YYYY-MM-DD, such as 2026-06-30, found "{found}"',
  'report.toAfterToday': '--to: expected a day up to today ({today}), found {found}',
  'report.fromAfterTo': '--from: expected a day on or before --to ({to}), found {found}',
  'report.outEmpty': '--out: expected a folder, found an empty text',
  'report.outFile': '--out: expected a folder, found the file {file}',
  'cli.locale': '--locale: expected one of the site\'s UI languages (SITE_LOCALES: {locales}), found "{found}"',
  'report.contentErrors': { one: 'the content has {count} error; nothing was written. Run `npm run check` for details.', other: 'the content has {count} errors; nothing was written. Run `npm run check` for details.' },
  'report.notWritten': '{reason}; nothing was written.',

  'cli.unknownFlag': 'unknown flag {flag}: expected one of {known}',
  'cli.noValue': '{flag}: expected no value, found one',
  'cli.needsValue': '{flag}: expected a value after it, found none',
  'cli.positional': 'expected flags only (such as --help), found {word}',
  'cli.aFlag': 'a flag',
  'cli.bareWord': 'a bare word',
  'cli.seeHelp': 'Run `npm run {command} -- --help` to see every flag.',
  'digest.number': '--number: expected a whole number from 1, such as 3, found "{found}"',
  'digest.introUnreadable': '--intro: expected a readable Markdown file, found none at "{file}" ({code})',
  'digest.unreadable': 'unreadable',
  'digest.introEmpty': '--intro: expected the editor\'s words in "{file}", found an empty file',
  'digest.titleEmpty': '--title: expected a title, found an empty text',
  'digest.contentErrors': { one: 'the content has {count} problem; fix it first (npm run check):', other: 'the content has {count} problems; fix them first (npm run check):' },
  'digest.exists': '--number {number}: digest #{number} exists already ({file}); pass --force to overwrite it, or leave out --number to write #{next}',
  'digest.today': 'today ({day})',
  'digest.fromAfterTo': '--from {from} is after {to}: expected the first day on or before the last',
  'digest.periodAfterTo': 'the period would start {from} ({why}), which is after {to}: expected a period to cover. Choose one with --from and --to.',
  'digest.afterDigest': 'the day after digest #{number} ends',
  'digest.firstDefault': 'the default for a first digest',
  'digest.noEntries': 'no published entries with a published or updated day from {from} to {to} (drafts never count): expected at least one.\nChoose another period with --from and --to.',
  'digest.featured': '--featured "{slug}": expected the slug of an entry in this digest, found {found}\nEntries in this digest: {ids}',
  'digest.featured.unknown': 'no entry with that slug',
  'digest.featured.draft': 'a draft',
  'digest.featured.outside': 'an entry not published or updated from {from} to {to}',
  'digest.gmail': 'newsletter.html would be {size}; Gmail cuts messages above {limit}: expected a shorter digest. Choose a shorter period or fewer entries.',
  'digest.linksProduction': 'links point to {url} ({file})',
  'digest.noSiteUrl': 'SITE_URL is not set, so links point to {site}. Store the production values in {file} (docs/newsletter.md), or set SITE_URL as for the build',
  'digest.summary.title': 'Digest #{number}: {title}',
  'digest.summary.period': 'Period: {period}{after}',
  'digest.summary.after': ' (after digest #{number})',
  'digest.summary.first': ' (first digest)',
  'digest.summary.counts': '{entries}, {featured} featured; {moves}',
  'digest.count.moves': { one: '{count} moved on the radar', other: '{count} moved on the radar' },
  'digest.leftOut': 'Left out ({count}):',
  'digest.dryRun': 'Dry run: nothing written.',
  'digest.wrote': 'Wrote:',
  'digest.next': 'Next: commit {file} so /digests/{number}/ appears on the site, then open newsletter.eml in Outlook (it opens as a draft).',
  'digest.recordInvalid': 'the digest record would not validate: {detail}',
  'leftOut.published': 'published {published}',
  'leftOut.updated': 'published {published}, updated {updated}',
  'leftOut.draft': 'a draft (draft: true; {days}): drafts are never announced; it comes into the digest of the period its published day lies in once draft is removed',
  'leftOut.after': '{days}, after this period ({from} to {to}): the next digest takes it',
  'leftOut.announced': '{days}, before this period (from {from}); announced in digest #{numbers}',
  'leftOut.older': '{days}, before the first digest (from {first}): older than the newsletter',
  'leftOut.never': '{days}, before this period (from {from}), and in no digest: no digest will announce it. To announce it now, set updated to a day from {from} to {to} (last: {last})',
  'intro.absoluteLink': 'expected an absolute link such as https://intranet.example.com/page, found "{url}"',
  'intro.image': 'expected text and links only, found an image (emails block images by default)',
  'intro.html': 'expected Markdown only, found raw HTML "{html}"',
  'check.unannounced': '{day} lies on or before the end of the last newsletter digest (#{number}, up to {end}), and no digest lists this entry, so no digest will announce it; expected a day after {end}, such as today ({today})',
  'write.failed': 'could not write {file}: {reason}',
  'write.isFolder': '{file} is a folder',

  'body.allowedUrls': 'a web address (https:// or http://), a mailto: address or a path on this site such as /entries/tiktok/',
  'body.where.link': 'a link',
  'body.where.image': 'an image',
  'body.where.attr': '{attr} of <{element}>',
  'body.scheme': 'expected {allowed} in {where}, found the scheme "{scheme}:" in {url}',
  'body.externalImage': 'expected an image to load from this site, found {url} on another server — store the file next to the entry and write ![what it shows](./bild.png)',
  'body.expression': 'expected no JavaScript in {…} (only comments such as {/* Notiz */}), found {{code}} — write the text as plain Markdown',
  'body.component': 'expected one of the components {components} or a plain text element such as <strong>, found {found}{hint}',
  'body.found.htmlElement': 'the HTML element <{name}>',
  'body.found.component': 'the component <{name}>',
  'body.attrExpression': 'expected attributes written as name="text", found {{code}} on <{element}>',
  'body.eventHandler': 'expected no event handler attribute (on…), found {attr} on <{element}> — an entry must not run code',
  'body.rawHtmlAttr': 'expected the content written inside <{element}>…</{element}>, found the attribute {attr}, which inserts unchecked HTML',
  'body.attrValue': 'expected attribute values written as text in quotes, found {attr}={{code}} on <{element}>',
  'body.attrs.only': 'only the attributes {allowed}',
  'body.attrs.none': 'no attributes',
  'body.attribute': 'expected {what} on <{element}>, found {attr}{hint}',
  'body.video': 'expected the video\'s address on {origins} (an embed address), found {url}',
  'body.or': ' or ',
  'body.insteadHint': ' — {instead}',
  'body.importExport': 'expected no {word} (the components {components} need no import), found "{code}" — write the text as Markdown',
  'body.rawHtml': 'expected Markdown without HTML (not even comments), found "{code}" — {instead}',
  'body.textAllowlist': 'expected paragraphs, emphasis, lists and links, found {found} — {instead}',
  'body.textInstead': 'a bio or digest text holds paragraphs, *emphasis*, **bold**, lists and [links](https://…); write the rest as a sentence',
  'body.element': 'the element <{tag}>',
  'body.md.heading1': 'a heading (# …)',
  'body.md.heading2': 'a heading (## …)',
  'body.md.heading3': 'a heading (### …)',
  'body.md.heading4': 'a heading (#### …)',
  'body.md.heading': 'a heading',
  'body.md.image': 'an image (![…](…))',
  'body.md.code': 'a code block',
  'body.md.quote': 'a quote (> …)',
  'body.md.rule': 'a dividing line (---)',
  'body.md.table': 'a table',
  'body.md.checkbox': 'a task list checkbox ([ ])',
  'body.md.footnote': 'a footnote',
  'body.mdxSyntax': 'expected valid MDX, found a syntax error: {reason}',
  'body.instead.markdown': 'write the text as Markdown',
  'body.instead.markdownOrComponents': 'write the text as Markdown or use the components',
  'body.instead.forms': 'the body has no forms or buttons; describe the steps in a <TryIt> block',
  'body.instead.embed': 'link to it, or use <Video url="https://…" title="…">, which loads nothing before the reader agrees',
  'body.instead.script': 'an entry must not run code; describe what to try in a <TryIt> block',
  'body.instead.svg': 'SVG can carry script and links; store a picture next to the entry and use ![what it shows](./bild.png)',
  'body.instead.math': 'MathML can carry links; write the formula as text',
  'body.instead.img': 'use a Markdown image ![what it shows](./bild.png) with the file stored next to the entry',
  'body.instead.video': 'use <Video url="https://…" title="…">, which loads nothing before the reader agrees',
  'body.instead.audio': 'link to the recording instead',
  'body.instead.file': 'link to the file instead',
  'body.instead.link': 'the site’s styles apply to every entry; for a link write [text](https://…)',
  'body.instead.style': 'the site’s styles apply to every entry',
  'body.instead.base': 'write links as /entries/<slug>/; the site adds its own path',
  'body.instead.meta': 'the page’s head belongs to the site; write the text as Markdown',
  'body.instead.h1': 'the entry title is the page heading; start sections with ## in Markdown',
  'body.guide': 'CONTRIBUTING.md, section „Was im Text erlaubt ist“ (English: “What the text may contain”)',
  'body.error.entry': 'The entry body of {file} breaks the body rules:',
  'body.error.text': 'The text of {file} breaks the body rules:',
  'body.error.tail': 'What a body may contain: {guide}. Run `npm run check` to see every problem in the content.',

  'config.invalid': 'Invalid configuration:',
  'config.siteUrl': 'SITE_URL: expected an absolute http(s) URL such as https://intranet.example.com, found {found}',
  'config.basePath': 'BASE_PATH: expected a path starting with "/", such as /kb/, found {found}',
  'config.siteLocales': 'SITE_LOCALES: expected a comma-separated list of de and en, each once, the root language first (such as de,en or de), found {found}',
  'config.siteLocale': 'SITE_LOCALE: expected de or en, found {found}',
  'config.repoUrl': 'REPO_URL: expected the repository\'s web address such as https://git.example.com/comms/trend-library, found {found}',
  'config.oneOf': '{name}: expected one of {values}, found {found}',
  'config.trueFalse': '{name}: expected true or false, found {found}',
  'config.editorRepo': 'EDITOR_REPO: expected owner/name such as comms/trend-library, found {found}',
  'config.editorApiRoot': 'EDITOR_API_ROOT: expected an absolute http(s) URL such as https://git.example.com/api/v4, found {found}',
  'config.editorAuthUrl': 'EDITOR_AUTH_URL: expected a bare origin such as https://git.example.com, found {found}',
  'config.localBackend': 'EDITOR_LOCAL_BACKEND: expected an absolute http URL such as http://127.0.0.1:8081, found {found}',
  'config.authUrlPath': 'EDITOR_AUTH_URL: expected a bare origin (scheme, host and port, no path, query or fragment) such as https://relay.example.com, found {found}: Decap compares it with the origin of the sign-in window, so a path makes the sign-in fail',
  'config.authUrlMissing': 'EDITOR_AUTH_URL: not set, so the editor would sign in through Decap\'s default service at https://api.netlify.com, another company\'s server; expected the origin of your own OAuth relay such as https://relay.example.com (see docs/deploy.md), or EDITOR_ENABLED=false',
  'config.appIdMissing': 'EDITOR_APP_ID: not set; {host}\'s sign-in needs the client id of an OAuth application registered on {authUrl} (see docs/deploy.md), or EDITOR_ENABLED=false',
  'config.backendConflict': 'EDITOR_BACKEND: {backend} differs from REPO_HOST {host}; the editor and the links work on the same repository, so set one of them (or the same value in both)',
  'config.repoHostUnknown': 'REPO_HOST: not set, and REPO_URL\'s host {hostname} does not tell which kind of git host it is; expected one of {values} (github also for GitHub Enterprise)',
  'production.notJson': '{file}: expected JSON such as {example}, found text that does not parse ({detail})',
  'production.notObject': '{file}: expected an object such as {example}, found {found}',
  'production.aList': 'a list',
  'production.unknownKey': '{key}: expected one of {keys} (or $comment), found an unknown key',
  'production.notText': '{key}: expected a text value, found {found}',
  'production.missing': '{key}: expected the production value, found none',
  'production.conflict': '{key} is "{given}" in this shell, but {file} says "{value}", the production value: expected the same, or the variable unset (PowerShell: Remove-Item Env:{key}; cmd.exe: set {key}=; bash: unset {key})',

  'survey.validCsv': 'valid CSV',
  'survey.firstLine': 'a first line with the columns {columns}',
  'survey.emptyFile': 'an empty file',
  'survey.unknownColumn': 'expected only the columns {columns}, found "{name}"{hint} (names and free text are never collected)',
  'survey.columnTwice': 'expected each column once, found "{name}" again',
  'survey.missingColumns': 'expected the columns {columns}, found no {missing}',
  'survey.quoted': '"{value}"',
  'survey.cells': 'expected {expected} cells as in the first line, found {found}',
  'survey.period': 'expected the period the file is named after ("{period}"), found "{found}"',
  'survey.goal': 'expected a goal id from goals.yaml ({goals}), found "{found}"{hint}',
  'survey.question': 'expected a question id from questions.yaml ({ids}), found "{found}"{hint}',
  'survey.role': 'expected a role the question "{question}" is asked of ({roles}), found "{found}"',
  'survey.noAnswers': 'expected at least one answer below the first line, found none',
  'survey.column': 'column {column}',
  'survey.questionTwice': 'expected each question id once, found "{id}" again',
  'survey.strayFile': 'expected only {questions} and files named after a quarter such as 2026-q1.csv in this folder, found "{name}"',
  'survey.noQuestions': 'expected this file with the survey questions next to the answers, found nothing',

  'help.check': `Usage: npm run check [-- flags]

Validates the content folder: front matter of entries, mentors, paths, digests,
tags, goals and glossary; the MDX body rules; links between entries; images and
their alt texts; duplicate titles. Entries past their review date are listed as
warnings, grouped by mentor.

Flags:
  --format <text|json|markdown|codequality>
                                 text (default) for people, json for machines,
                                 markdown for a pull- or merge-request comment,
                                 codequality for GitLab's Code Quality report
  -h, --help                     show this help

Environment: CONTENT_DIR (default content), SITE_URL, BASE_PATH.
In GitHub Actions (GITHUB_ACTIONS=true) text output adds ::error/::warning
annotations for the pull request.

Messages are in the site's language: German, or English with SITE_LOCALE=en.
Exit codes: 0 no errors (warnings allowed), 1 content errors, 2 usage errors.
`,
  'help.new': `Usage: npm run new [-- flags]

Creates content/entries/<slug>.mdx as a draft (draft: true) with front matter
that validates and the recommended sections to fill in. The slug comes from
the title (ä → ae, ö → oe, ü → ue, ß → ss). In a terminal, missing flags are
asked for; without a terminal every required flag must be given.

Flags:
  --kind <app|trend|value>         what the entry is about (required)
  --title <text>                   the entry's title, 3–90 characters (required)
  --mentor <id>[,<id>]             your id from content/mentors/ (required)
  --tags <id,id,…>                 1–6 tag ids from content/tags.yaml (required)
  --level <starter|explorer|pro>   the executive's experience level (required)
  --lang <de|en>                   language of the entry (default: the site's)
  -h, --help                       show this help

Messages are in the site's language: German, or English with SITE_LOCALE=en.

Example:
  npm run new -- --kind app --title "Sprachnachrichten" --mentor lena-hoffmann --tags messenger,voice-messages --level starter
`,
  'help.stale': `Usage: npm run stale [-- flags]

Prints the entries past their review date, grouped by mentor, as Markdown to
post to the mentors (e.g. in the team chat or an email). Drafts are left out.

Flags:
  --within <days>   also list entries due in the next <days> days, e.g. 30
  --lang <de|en>    language of the report (default: the site's, SITE_LOCALE)
  -h, --help        show this help

Environment: CONTENT_DIR, SITE_URL and BASE_PATH (for the links to the
entries), REPO_URL and REPO_BRANCH (for the "edit" links).
Messages are in the site's language: German, or English with SITE_LOCALE=en.
`,
  'help.digest': `Usage: npm run digest -- [flags]

Writes the newsletter digest of the entries published or updated in a period:
the record content/digests/<number>.md and, in the out folder, newsletter.html,
newsletter.txt, newsletter.md and newsletter.eml (opens in Outlook as a draft).

Flags:
  --from <YYYY-MM-DD>   first day of the period (inclusive); default: the day
                        after the last digest's "to", or 30 days ago for the first
  --to <YYYY-MM-DD>     last day of the period (inclusive); default: today
  --number <n>          issue number; default: the last digest's number + 1
  --title <text>        subject and heading; default: "<site title> Digest #<n> – <period>"
  --intro <file.md>     the editor's words at the top (Markdown; absolute links only)
  --featured <slug>     an entry to show first; repeat for more; default: the
                        entries of the period marked "featured: true"
  --out <dir>           where the newsletter files go; default: digests-out/<n>/
  --locale <de|en>      the digest's language and the UI its links open in;
                        default: the site's first (root) UI language
  --dry-run             print what would be selected, and why each other entry
                        is left out; write nothing
  --force               overwrite an existing digest with the same number
  -h, --help            show this help

Environment (as for the build): SITE_URL and BASE_PATH make every link absolute,
SITE_LOCALES lists the UI languages (the first is the default), SITE_TITLE names the program.
Messages are in the site's language whatever --locale says: German, or English
with SITE_LOCALE=en.

Example:
  SITE_URL=https://intranet.example.com BASE_PATH=/trends/ npm run digest -- --intro intro.md
`,
  'help.report': `Usage: npm run report [-- flags]

Writes the figures of the /program/ page for a period as Markdown and CSV:
goal coverage with its thin spots, contributions per month, mentors, freshness,
reach and the anonymised survey (groups under 5 answers suppressed).

Flags:
  --from <YYYY-MM-DD>  first day of the period (inclusive);
                       default: the first publication in the library
  --to <YYYY-MM-DD>    last day (inclusive), at most today; coverage, mentors,
                       freshness and reach are as of this day; default: today
  --out <dir>          folder for program-report.md and program-report.csv;
                       default: report-out
  --locale <de|en>     the report's language, one of the site's UI languages;
                       default: the first (root) one of SITE_LOCALES
  -h, --help           show this help

Survey quarters are included when they overlap the period; each quarter is
shown on its own, never added up.

Environment: CONTENT_DIR (default content), SITE_LOCALES (languages), SITE_TITLE.
Messages are in the site's language: German, or English with SITE_LOCALE=en.
Exit codes: 0 written, 1 content errors, 2 usage errors; on an error nothing is
written.
`,
  'report.written': 'Program report {from} – {to}: {files}',
  'today.epoch': 'SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, such as 1764547200, found {found}',
};

export default { de, en };
