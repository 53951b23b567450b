<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="126"/>
        <source>&amp;New article</source>
        <translation>&amp;Nouvel article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="127"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="128"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="129"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="130"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="131"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="132"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="133"/>
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="134"/>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="135"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="136"/>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="139"/>
        <source>Paste as plain text</source>
        <translation>Coller en texte brut</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="145"/>
        <source>Paragraph right-to-left</source>
        <translation>Paragraphe de droite à gauche</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="151"/>
        <source>Paragraph left-to-right</source>
        <translation>Paragraphe de gauche à droite</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="157"/>
        <source>Paragraph direction automatic</source>
        <translation>Direction du paragraphe automatique</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="161"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="162"/>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="163"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="164"/>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="165"/>
        <source>Su&amp;bmit to desk</source>
        <translation>&amp;Soumettre au desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="166"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="167"/>
        <source>&amp;Print proof…</source>
        <translation>&amp;Imprimer une épreuve…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="168"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="169"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="170"/>
        <source>Right-to-left mark (RLM)</source>
        <translation>Marque droite-à-gauche (RLM)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="171"/>
        <source>Left-to-right mark (LRM)</source>
        <translation>Marque gauche-à-droite (LRM)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="172"/>
        <source>Arabic comma ،</source>
        <translation>Virgule arabe ،</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="173"/>
        <source>Guillemets « »</source>
        <translation>Guillemets « »</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="174"/>
        <source>Non-breaking space</source>
        <translation>Espace insécable</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="177"/>
        <source>Show invisible characters</source>
        <translation>Afficher les caractères invisibles</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="183"/>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exporter un lot…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="188"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="189"/>
        <source>Sen&amp;d to desk…</source>
        <translation>Envoyer un &amp;lot au desk…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="196"/>
        <source>Check the &amp;database…</source>
        <translation>Vérifier la &amp;base de données…</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="133"/>
        <source>New article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="140"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="142"/>
        <source>Saved %1</source>
        <translation>Enregistré %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="145"/>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="145"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="156"/>
        <source>Recovered text from %1 that had not been saved.</source>
        <translation>Texte récupéré du %1, qui n’avait pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="197"/>
        <source>Could not write the recovery copy: %1</source>
        <translation>Impossible d’écrire la copie de récupération : %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="215"/>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="230"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="304"/>
        <source>Returned by %1: %2</source>
        <translation>Renvoyé par %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="314"/>
        <source>Held by %1 since %2: read only.</source>
        <translation>Tenu par %1 depuis %2 : lecture seule.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="319"/>
        <source>This article is spiked; restore it to edit.</source>
        <translation>Cet article est mis au rebut ; restaurez-le pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="320"/>
        <source>Read only: this article is %1 and your role may not change it.</source>
        <translation>Lecture seule : cet article est %1 et votre rôle ne permet pas de le modifier.</translation>
    </message>
</context>
<context>
    <name>ArticleFields</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="76"/>
        <source>Breaking</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="77"/>
        <source>Embargo until</source>
        <translation>Embargo jusqu’au</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="95"/>
        <source>Urgency</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="103"/>
        <source>Dateline</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="105"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="106"/>
        <source>Kicker</source>
        <translation>Surtitre</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="107"/>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="113"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="108"/>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="109"/>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="110"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="111"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="114"/>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/body.py" line="255"/>
        <source>Fix: %1</source>
        <translation>Corriger : %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="59"/>
        <source>Someone else saved this article</source>
        <translation>Quelqu’un d’autre a enregistré cet article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="64"/>
        <source>%1 saved a newer version while you were editing. Your text is safe: it is kept as a revision whatever you choose.</source>
        <translation>%1 a enregistré une version plus récente pendant que vous écriviez. Votre texte est en sécurité : il est gardé comme révision quel que soit votre choix.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="73"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="75"/>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/crash.py" line="73"/>
        <source>Newsdesk: unexpected error</source>
        <translation>Newsdesk : erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/crash.py" line="79"/>
        <source>Something went wrong inside Newsdesk. Newsdesk keeps running, but save your work and restart it if anything looks wrong.</source>
        <translation>Une erreur s’est produite dans Newsdesk. Newsdesk continue de fonctionner, mais enregistrez votre travail et redémarrez-le si quelque chose semble anormal.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/crash.py" line="90"/>
        <source>Please report this error with the details below (the error, the Newsdesk version and the platform). The log file is:</source>
        <translation>Merci de signaler cette erreur avec les détails ci-dessous (l’erreur, la version de Newsdesk et la plateforme). Le fichier journal est :</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/crash.py" line="104"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/crash.py" line="114"/>
        <source>%n open article(s) could not be written as recovery copies. Do not close them: copy their text somewhere safe first.</source>
        <translation>
            <numerusform>%n article ouvert n’a pas pu être écrit en copie de récupération. Ne le fermez pas : copiez d’abord son texte en lieu sûr.</numerusform>
            <numerusform>%n articles ouverts n’ont pas pu être écrits en copies de récupération. Ne les fermez pas : copiez d’abord leur texte en lieu sûr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/crash.py" line="120"/>
        <source>Every open article was written as a recovery copy first; Newsdesk offers it back if the text is lost.</source>
        <translation>Chaque article ouvert a d’abord été écrit en copie de récupération ; Newsdesk vous le propose à nouveau si le texte est perdu.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="19"/>
        <source>Database check</source>
        <translation>Vérification de la base de données</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="20"/>
        <source>The database is in good order.</source>
        <translation>La base de données est en bon état.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="21"/>
        <source>Audit history: %1 entries, every link intact.</source>
        <translation>Historique d’audit : %1 entrées, tous les maillons intacts.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="22"/>
        <source>The database reports problems:</source>
        <translation>La base de données signale des problèmes :</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="23"/>
        <source>The audit history could not be read: %1</source>
        <translation>L’historique d’audit n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="24"/>
        <source>Links broken after it: %1.</source>
        <translation>Maillons rompus après celui-ci : %1.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="26"/>
        <source>The audit chain trigger is missing: new audit entries are not chained.</source>
        <translation>Le déclencheur de la chaîne d’audit est absent : les nouvelles entrées ne sont pas chaînées.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="29"/>
        <source>The audit chain trigger is disabled: new audit entries are not chained.</source>
        <translation>Le déclencheur de la chaîne d’audit est désactivé : les nouvelles entrées ne sont pas chaînées.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="34"/>
        <source>The audit history was tampered with: entry %1 (article %2, step %3) was changed after it was written.</source>
        <translation>L’historique d’audit a été falsifié : l’entrée %1 (article %2, étape %3) a été modifiée après son écriture.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="39"/>
        <source>The audit history was tampered with: entry %1 (article %2, step %3) was inserted by hand.</source>
        <translation>L’historique d’audit a été falsifié : l’entrée %1 (article %2, étape %3) a été insérée à la main.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="43"/>
        <source>The audit history was tampered with: an entry was removed just before entry %1 (article %2, step %3).</source>
        <translation>L’historique d’audit a été falsifié : une entrée a été supprimée juste avant l’entrée %1 (article %2, étape %3).</translation>
    </message>
</context>
<context>
    <name>DatabaseWatch</name>
    <message>
        <location filename="../../src/newsdesk/gui/database_watch.py" line="48"/>
        <source>Newsdesk stopped saving</source>
        <translation>Newsdesk a cessé d’enregistrer</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/database_watch.py" line="50"/>
        <source>Newsdesk can no longer write to its database safely, so it has stopped saving to it. Your unsaved text is kept as recovery copies: close Newsdesk and open it again to get it back.

Make sure no other program copies, moves or opens the database file while Newsdesk runs.</source>
        <translation>Newsdesk ne peut plus écrire dans sa base de données en toute sécurité ; il a donc cessé d’y enregistrer. Votre texte non enregistré est gardé en copies de récupération : fermez Newsdesk puis rouvrez-le pour le retrouver.

Veillez à ce qu’aucun autre programme ne copie, ne déplace ni n’ouvre le fichier de la base de données pendant que Newsdesk tourne.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="46"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="111"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="112"/>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="135"/>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="284"/>
        <source>Export bundle</source>
        <translation>Exporter un lot</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="141"/>
        <source>Include the ticker feeds</source>
        <translation>Inclure les flux du bandeau</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="144"/>
        <source>Mark the articles published once the bundle is complete</source>
        <translation>Marquer les articles publiés une fois le lot terminé</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="155"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="166"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="169"/>
        <source>The %n selected article(s)</source>
        <translation>
            <numerusform>Les %n article(s) sélectionné(s)</numerusform>
            <numerusform>Les %n article(s) sélectionné(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="171"/>
        <source>Selected articles (none is selected)</source>
        <translation>Articles sélectionnés (aucun n&apos;est sélectionné)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="173"/>
        <source>Articles in this status:</source>
        <translation>Articles dans cet état :</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="187"/>
        <source>All desks</source>
        <translation>Tous les desks</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="190"/>
        <source>Changed between</source>
        <translation>Modifiés entre le</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="204"/>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="210"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="215"/>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="229"/>
        <source>ninjs version</source>
        <translation>Version ninjs</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="236"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="237"/>
        <source>One zip file</source>
        <translation>Un fichier zip</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="238"/>
        <source>A folder</source>
        <translation>Un dossier</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="245"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="279"/>
        <source>Export into folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="284"/>
        <source>Bundle (*.zip *.ndbundle)</source>
        <translation>Lot (*.zip *.ndbundle)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="301"/>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="303"/>
        <source>Choose where the bundle goes.</source>
        <translation>Choisissez où enregistrer le lot.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="92"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="95"/>
        <source>%1 exists; choose a new or empty folder.</source>
        <translation>%1 existe ; choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="100"/>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 est un dossier ; donnez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="309"/>
        <source>The first date is after the second.</source>
        <translation>La première date est après la seconde.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../src/newsdesk/gui/export_flow.py" line="81"/>
        <source>Export bundle</source>
        <translation>Exporter un lot</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/export_flow.py" line="110"/>
        <source>You have no drafts to send.</source>
        <translation>Vous n&apos;avez aucun brouillon à envoyer.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/export_flow.py" line="128"/>
        <location filename="../../src/newsdesk/gui/export_flow.py" line="155"/>
        <source>Send to desk</source>
        <translation>Envoyer au desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/export_flow.py" line="144"/>
        <source>Bundle written</source>
        <translation>Lot écrit</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/export_flow.py" line="146"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Export annulé ; rien n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../../src/newsdesk/gui/exporting.py" line="140"/>
        <source>The bundle was written to %1, but no article was marked published.</source>
        <translation>Le lot a été écrit dans %1, mais aucun article n&apos;a été marqué publié.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/exporting.py" line="180"/>
        <source>Article %1 of %2</source>
        <translation>Article %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/exporting.py" line="185"/>
        <source>Writing the ticker feeds and the manifest…</source>
        <translation>Écriture des flux du bandeau et du manifeste…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/exporting.py" line="200"/>
        <source>%n headline(s) or ticker item(s) carry bidi override characters. They force the order letters are shown in, so the text can read differently on a partner&apos;s site than in the editor.</source>
        <translation>
            <numerusform>%n titre(s) ou élément(s) du bandeau contiennent des caractères de forçage bidi. Ils imposent l&apos;ordre d&apos;affichage des lettres : le texte peut se lire autrement sur le site d&apos;un partenaire que dans l&apos;éditeur.</numerusform>
            <numerusform>%n titre(s) ou élément(s) du bandeau contiennent des caractères de forçage bidi. Ils imposent l&apos;ordre d&apos;affichage des lettres : le texte peut se lire autrement sur le site d&apos;un partenaire que dans l&apos;éditeur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/exporting.py" line="209"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/exporting.py" line="213"/>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/exporting.py" line="235"/>
        <source>Nothing was exported.</source>
        <translation>Rien n&apos;a été exporté.</translation>
    </message>
</context>
<context>
    <name>ExportSummaryDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="36"/>
        <source>The bundle is complete.</source>
        <translation>Le lot est terminé.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="42"/>
        <source>Written to</source>
        <translation>Écrit dans</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="43"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="44"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="45"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="46"/>
        <source>Bundle id</source>
        <translation>Identifiant du lot</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="52"/>
        <source>Marked published</source>
        <translation>Marqués publiés</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="72"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../src/newsdesk/gui/file_dialogs.py" line="50"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/file_dialogs.py" line="55"/>
        <source>%1 file</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/file_dialogs.py" line="58"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="21"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="23"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="24"/>
        <source>Ignore diacritics, tatweel and hamza</source>
        <translation>Ignorer diacritiques, tatwil et hamza</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="26"/>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="28"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="29"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="30"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="31"/>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="81"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat(s)</numerusform>
            <numerusform>%n résultat(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="113"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacé(s)</numerusform>
            <numerusform>%n remplacé(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../src/newsdesk/gui/findings.py" line="40"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/findings.py" line="44"/>
        <source>¶%1</source>
        <translation>¶%1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/history.py" line="48"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/history.py" line="60"/>
        <source>Restore this revision</source>
        <translation>Restaurer cette révision</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/history.py" line="92"/>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <location filename="../../src/newsdesk/gui/importing.py" line="79"/>
        <source>Articles and bundles (%1)</source>
        <translation>Articles et lots (%1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/importing.py" line="82"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/importing.py" line="87"/>
        <location filename="../../src/newsdesk/gui/importing.py" line="135"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/importing.py" line="160"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Import de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/importing.py" line="182"/>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="24"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="25"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="26"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="27"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="28"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="72"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="75"/>
        <source>%1 created, %2 updated, %3 skipped, %4 conflicts, %5 refused</source>
        <translation>%1 créé(s), %2 mis à jour, %3 ignoré(s), %4 conflit(s), %5 refusé(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="87"/>
        <source>Cancelled: %n file(s) were not imported.</source>
        <translation>
            <numerusform>Annulé : %n fichier(s) n&apos;ont pas été importé(s).</numerusform>
            <numerusform>Annulé : %n fichier(s) n&apos;ont pas été importé(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="92"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="92"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="92"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/newsdesk/gui/menus.py" line="15"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/menus.py" line="35"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/menus.py" line="39"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/menus.py" line="55"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/menus.py" line="58"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/menus.py" line="103"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="240"/>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/unsaved.py" line="23"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/unsaved.py" line="24"/>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/unsaved.py" line="18"/>
        <source>New article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/submitting.py" line="26"/>
        <source>Not submitted</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="304"/>
        <source>Submitted to the desk</source>
        <translation>Envoyé au desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/commands.py" line="164"/>
        <source>Select the words to link first</source>
        <translation>Sélectionnez d’abord les mots à lier</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/commands.py" line="169"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/commands.py" line="170"/>
        <source>Address (https://…)</source>
        <translation>Adresse (https://…)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/status_line.py" line="21"/>
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/status_line.py" line="19"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/status_line.py" line="32"/>
        <source>%1 words · %2 min</source>
        <translation>%1 mots · %2 min</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/front_article.py" line="97"/>
        <source>House style (%1)</source>
        <translation>Charte de rédaction (%1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/proof.py" line="25"/>
        <source>Save the article before printing a proof</source>
        <translation>Enregistrez l’article avant d’imprimer une épreuve</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/proof.py" line="30"/>
        <source>Print proof</source>
        <translation>Imprimer une épreuve</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/proof.py" line="39"/>
        <source>No proof</source>
        <translation>Pas d’épreuve</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/proof.py" line="42"/>
        <source>Proof written: %1</source>
        <translation>Épreuve écrite : %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/frame.py" line="28"/>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/frame.py" line="38"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/frame.py" line="41"/>
        <source>House style</source>
        <translation>Charte de rédaction</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/frame.py" line="44"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/frame.py" line="47"/>
        <source>Desk queue</source>
        <translation>File du desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/frame.py" line="52"/>
        <source>Ticker</source>
        <translation>Bandeau</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="39"/>
        <source>Search (Arabic-aware)…</source>
        <translation>Rechercher (compatible arabe)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="41"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="44"/>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="47"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="47"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="47"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/notes.py" line="32"/>
        <source>Write a note for the desk…</source>
        <translation>Écrire une note pour le desk…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/notes.py" line="33"/>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="42"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="44"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="55"/>
        <source>Newsdesk default (Noto Sans Arabic)</source>
        <translation>Police par défaut (Noto Sans Arabic)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="56"/>
        <source>The font chosen below</source>
        <translation>La police choisie ci-dessous</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="62"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="63"/>
        <source>The interface language applies from the next start.</source>
        <translation>La langue de l’interface s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="64"/>
        <source>Editor font</source>
        <translation>Police de l’éditeur</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="66"/>
        <source>Editor font size</source>
        <translation>Taille de la police</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="48"/>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="49"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="50"/>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="56"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="56"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="40"/>
        <source>Urgency</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="41"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="42"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="43"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="44"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="45"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="46"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="47"/>
        <source>Style errors</source>
        <translation>Fautes de style</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="48"/>
        <source>Held by</source>
        <translation>Tenu par</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="53"/>
        <source>An imported copy differs from this one; it is kept in the history as a conflict</source>
        <translation>Une copie importée diffère de celle-ci ; elle est conservée dans l&apos;historique comme conflit</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="34"/>
        <source>Incoming</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="35"/>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="36"/>
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="37"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="38"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="39"/>
        <source>Spiked</source>
        <translation>Mis au rebut</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="42"/>
        <source>Claim</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="43"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="44"/>
        <source>Return…</source>
        <translation>Renvoyer…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="45"/>
        <source>Mark published</source>
        <translation>Marquer publié</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="46"/>
        <source>Spike…</source>
        <translation>Mettre au rebut…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="47"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="72"/>
        <source>In review: only what I hold</source>
        <translation>En relecture : seulement les miens</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="76"/>
        <source>Search this tab (Arabic-aware)…</source>
        <translation>Rechercher dans cet onglet (compatible arabe)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="104"/>
        <source>Break lease…</source>
        <translation>Lever le verrou…</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="171"/>
        <source>Break lease</source>
        <translation>Lever le verrou</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="172"/>
        <source>Take the article away from whoever is editing it?</source>
        <translation>Retirer l’article à la personne qui le modifie ?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="188"/>
        <source>Note for the author</source>
        <translation>Note pour l’auteur</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="188"/>
        <source>Why spike it?</source>
        <translation>Pourquoi le mettre au rebut ?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="190"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="201"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="19"/>
        <source>editor</source>
        <translation>rédacteur</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="20"/>
        <source>chief</source>
        <translation>chef de desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="21"/>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>SendToDeskDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="55"/>
        <source>Send to desk</source>
        <translation>Envoyer au desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="58"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="58"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="58"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="74"/>
        <source>(no headline)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="77"/>
        <source>%1 · %n word(s)</source>
        <translation>
            <numerusform>%1 · %n mot(s)</numerusform>
            <numerusform>%1 · %n mot(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="78"/>
        <source>no desk</source>
        <translation>sans desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="89"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="97"/>
        <source>Write bundle</source>
        <translation>Écrire le lot</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="103"/>
        <source>Your drafts to send in one submission bundle:</source>
        <translation>Vos brouillons à envoyer dans un seul lot de soumission :</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="105"/>
        <source>Bundle file</source>
        <translation>Fichier du lot</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="114"/>
        <source>Submission bundle</source>
        <translation>Lot de soumission</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="116"/>
        <source>Bundle (*.zip *.ndbundle)</source>
        <translation>Lot (*.zip *.ndbundle)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="153"/>
        <source>Tick at least one draft.</source>
        <translation>Cochez au moins un brouillon.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="155"/>
        <source>Choose where the bundle goes.</source>
        <translation>Choisissez où enregistrer le lot.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/newsdesk/gui/startup.py" line="42"/>
        <source>This version of Newsdesk cannot import files given at start-up</source>
        <translation>Cette version de Newsdesk ne peut pas importer les fichiers donnés au démarrage</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/startup.py" line="71"/>
        <source>(no headline)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/startup.py" line="81"/>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/startup.py" line="82"/>
        <source>Newsdesk closed before these articles were saved:

%1

Reopen them?</source>
        <translation>Newsdesk s’est fermé avant l’enregistrement de ces articles :

%1

Les rouvrir ?</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="10"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="11"/>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="12"/>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="13"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="14"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="15"/>
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="16"/>
        <source>Spiked</source>
        <translation>Mis au rebut</translation>
    </message>
</context>
<context>
    <name>TickerDesk</name>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="110"/>
        <source>New ticker item…</source>
        <translation>Nouvel élément du bandeau…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="111"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="112"/>
        <source>Breaking</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="120"/>
        <source>Set expiry</source>
        <translation>Fixer l’expiration</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="121"/>
        <source>Approve for air</source>
        <translation>Approuver pour l’antenne</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="122"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="123"/>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="132"/>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="283"/>
        <source>Ticker</source>
        <translation>Bandeau</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="261"/>
        <source>Not added</source>
        <translation>Non ajouté</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="300"/>
        <source>Width: %1% of the on-air window</source>
        <translation>Largeur : %1 % de la fenêtre d’antenne</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="311"/>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="23"/>
        <source>Welcome to Newsdesk</source>
        <translation>Bienvenue dans Newsdesk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="26"/>
        <source>You are signed in as %1 with the %2 role. You can add colleagues later with “newsdesk user add”.</source>
        <translation>Vous êtes connecté en tant que %1 avec le rôle %2. Vous pourrez ajouter vos collègues avec « newsdesk user add ».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="35"/>
        <source>Load sample articles in Arabic, French and English</source>
        <translation>Charger des articles d’exemple en arabe, français et anglais</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="39"/>
        <source>Your name as shown to colleagues</source>
        <translation>Votre nom tel que vos collègues le verront</translation>
    </message>
</context>
</TS>
