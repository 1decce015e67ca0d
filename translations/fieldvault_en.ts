<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementPage</name>
    <message numerus="yes">
        <source>{code}: %n place(s) where the coders differ on {what}.</source>
        <translation>
            <numerusform>{code}: %n place where the coders differ on {what}.</numerusform>
            <numerusform>{code}: %n places where the coders differ on {what}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <source>{shown} of %n case(s)</source>
        <translation>
            <numerusform>{shown} of %n case</numerusform>
            <numerusform>{shown} of %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookPage</name>
    <message numerus="yes">
        <source>Its %n coding(s) and its subthemes move to the chosen theme; then “{name}” is deleted.</source>
        <translation>
            <numerusform>Its %n coding and its subthemes move to the chosen theme; then “{name}” is deleted.</numerusform>
            <numerusform>Its %n codings and its subthemes move to the chosen theme; then “{name}” is deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete its %n coding(s) too</source>
        <translation>
            <numerusform>Delete its %n coding too</numerusform>
            <numerusform>Delete its %n codings too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %n coding(s). Choose what happens to them.</source>
        <translation>
            <numerusform>“{name}” has %n coding. Choose what happens to them.</numerusform>
            <numerusform>“{name}” has %n codings. Choose what happens to them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <source>%n coded recording(s) can go into the file too, with metadata removed but not encrypted; voices can identify people.</source>
        <translation>
            <numerusform>%n coded recording can go into the file too, with metadata removed but not encrypted; voices can identify people.</numerusform>
            <numerusform>%n coded recordings can go into the file too, with metadata removed but not encrypted; voices can identify people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message numerus="yes">
        <source>Encrypting and signing %n case(s)…</source>
        <translation>
            <numerusform>Encrypting and signing %n case…</numerusform>
            <numerusform>Encrypting and signing %n cases…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n chosen, the others withheld</source>
        <translation>
            <numerusform>%n chosen, the others withheld</numerusform>
            <numerusform>%n chosen, the others withheld</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message numerus="yes">
        <source>The audit log of %n entries reads back whole, but the database has integrity problems; use Check vault or a backup.</source>
        <translation>
            <numerusform>The audit log of %n entry reads back whole, but the database has integrity problems; use Check vault or a backup.</numerusform>
            <numerusform>The audit log of %n entries reads back whole, but the database has integrity problems; use Check vault or a backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each linked to the one before.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry, linked to the start of the chain.</numerusform>
            <numerusform>The audit log is intact: %n entries, each linked to the one before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Ctrl+L locks. Locks by itself after %n minute(s) without input.</source>
        <translation>
            <numerusform>Ctrl+L locks. Locks by itself after %n minute without input.</numerusform>
            <numerusform>Ctrl+L locks. Locks by itself after %n minutes without input.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n person(s). The identity key exists.</source>
        <translation>
            <numerusform>%n person. The identity key exists.</numerusform>
            <numerusform>%n people. The identity key exists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s). The identity key is destroyed or was never made: codes cannot be linked to anyone.</source>
        <translation>
            <numerusform>%n person. The identity key is destroyed or was never made: codes cannot be linked to anyone.</numerusform>
            <numerusform>%n people. The identity key is destroyed or was never made: codes cannot be linked to anyone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy the key and %n identity(ies)</source>
        <translation>
            <numerusform>Destroy the key and %n identity</numerusform>
            <numerusform>Destroy the key and %n identities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The identity key and %n sealed identity(ies) are gone.</source>
        <translation>
            <numerusform>The identity key and %n sealed identity are gone.</numerusform>
            <numerusform>The identity key and %n sealed identities are gone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message numerus="yes">
        <source>Accepted %n suggested {c} detail(s).</source>
        <translation>
            <numerusform>Accepted %n suggested {c} detail.</numerusform>
            <numerusform>Accepted %n suggested {c} details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s). Accept, reject or correct each; nothing is replaced until you pseudonymise.</source>
        <translation>
            <numerusform>%n suggestion. Accept, reject or correct each; nothing is replaced until you pseudonymise.</numerusform>
            <numerusform>%n suggestions. Accept, reject or correct each; nothing is replaced until you pseudonymise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace %n accepted name(s) in {code} by their pseudonym codes ({pairs})?

A new transcript version is saved with the codes and codings follow the text. Earlier versions, which hold the names, are sealed under the identity key and blanked.</source>
        <translation>
            <numerusform>Replace %n accepted name in {code} by their pseudonym codes ({pairs})?

A new transcript version is saved with the codes and codings follow the text. Earlier versions, which hold the names, are sealed under the identity key and blanked.</numerusform>
            <numerusform>Replace %n accepted names in {code} by their pseudonym codes ({pairs})?

A new transcript version is saved with the codes and codings follow the text. Earlier versions, which hold the names, are sealed under the identity key and blanked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n name(s); version {v} is current. Sealed earlier versions: {sealed}.</source>
        <translation>
            <numerusform>Replaced %n name; version {v} is current. Sealed earlier versions: {sealed}.</numerusform>
            <numerusform>Replaced %n names; version {v} is current. Sealed earlier versions: {sealed}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>Destroy %n case(s)</source>
        <translation>
            <numerusform>Destroy %n case</numerusform>
            <numerusform>Destroy %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting and scrubbing %n case(s)…</source>
        <translation>
            <numerusform>Deleting and scrubbing %n case…</numerusform>
            <numerusform>Deleting and scrubbing %n cases…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetrievePage</name>
    <message numerus="yes">
        <source>%n coded audio segment(s). Enter or double-click plays one from its start to its end.</source>
        <translation>
            <numerusform>%n coded audio segment. Enter or double-click plays it from its start to its end.</numerusform>
            <numerusform>%n coded audio segments. Enter or double-click plays one from its start to its end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n case(s).</source>
        <translation>
            <numerusform>in %n case.</numerusform>
            <numerusform>in %n cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n open conflict(s). Enter or double-click opens the case.</source>
        <translation>
            <numerusform>%n open conflict. Enter or double-click opens the case.</numerusform>
            <numerusform>%n open conflicts. Enter or double-click opens the case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>%n hit(s){more}. Enter or double-click opens a hit.</source>
        <translation>
            <numerusform>%n hit{more}. Enter or double-click opens a hit.</numerusform>
            <numerusform>%n hits{more}. Enter or double-click opens a hit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message numerus="yes">
        <source>&lt;b&gt;{coder}&lt;/b&gt;: %n coding(s)</source>
        <translation>
            <numerusform>&lt;b&gt;{coder}&lt;/b&gt;: %n coding</numerusform>
            <numerusform>&lt;b&gt;{coder}&lt;/b&gt;: %n codings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message numerus="yes">
        <source>That is not a recovery code: it has %n letter(s) and digit(s), and a code has 36.</source>
        <translation>
            <numerusform>That is not a recovery code: it has %n letter or digit, and a code has 36.</numerusform>
            <numerusform>That is not a recovery code: it has %n letters and digits, and a code has 36.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message numerus="yes">
        <source>Version {version} is saved. %n coding(s) could not be placed in the new text and are listed greyed in the codings list:</source>
        <translation>
            <numerusform>Version {version} is saved. %n coding could not be placed in the new text and are listed greyed in the codings list:</numerusform>
            <numerusform>Version {version} is saved. %n codings could not be placed in the new text and are listed greyed in the codings list:</numerusform>
        </translation>
    </message>
</context>
</TS>
