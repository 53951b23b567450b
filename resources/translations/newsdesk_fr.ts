<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="68" />
        <source>&amp;New article</source>
        <translation>&amp;Nouvel article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="71" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="73" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="75" />
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="77" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="78" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="79" />
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="82" />
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="86" />
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="88" />
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="90" />
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="93" />
        <source>Paste as plain text</source>
        <translation>Coller en texte brut</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="99" />
        <source>Paragraph right-to-left</source>
        <translation>Paragraphe de droite à gauche</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="105" />
        <source>Paragraph left-to-right</source>
        <translation>Paragraphe de gauche à droite</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="111" />
        <source>Paragraph direction automatic</source>
        <translation>Direction du paragraphe automatique</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="117" />
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="123" />
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="129" />
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="135" />
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="141" />
        <source>Su&amp;bmit to desk</source>
        <translation>En&amp;voyer au desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="147" />
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="153" />
        <source>&amp;Print proof…</source>
        <translation>&amp;Imprimer une épreuve…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="159" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="164" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="168" />
        <source>Right-to-left mark (RLM)</source>
        <translation>Marque droite-à-gauche (RLM)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="174" />
        <source>Left-to-right mark (LRM)</source>
        <translation>Marque gauche-à-droite (LRM)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="180" />
        <source>Arabic comma ،</source>
        <translation>Virgule arabe ،</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="185" />
        <source>Guillemets « »</source>
        <translation>Guillemets « »</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="189" />
        <source>Non-breaking space</source>
        <translation>Espace insécable</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="195" />
        <source>Show invisible characters</source>
        <translation>Afficher les caractères invisibles</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="93" />
        <source>New article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="100" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="102" />
        <source>Saved %1</source>
        <translation>Enregistré %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="105" />
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="105" />
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="116" />
        <source>Recovered text from %1 that had not been saved.</source>
        <translation>Texte récupéré du %1, qui n’avait pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="157" />
        <source>Could not write the recovery copy: %1</source>
        <translation>Impossible d’écrire la copie de récupération : %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="174" />
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="189" />
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="264" />
        <source>Returned by %1: %2</source>
        <translation>Renvoyé par %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="274" />
        <source>Held by %1 since %2: read only.</source>
        <translation>Tenu par %1 depuis %2 : lecture seule.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="279" />
        <source>This article is spiked; restore it to edit.</source>
        <translation>Cet article est mis au rebut ; restaurez-le pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="280" />
        <source>Read only: this article is %1 and your role may not change it.</source>
        <translation>Lecture seule : cet article est %1 et votre rôle ne permet pas de le modifier.</translation>
    </message>
</context>
<context>
    <name>ArticleFields</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="65" />
        <source>Breaking</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="66" />
        <source>Embargo until</source>
        <translation>Embargo jusqu’au</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="81" />
        <source>Urgency</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="89" />
        <source>Dateline</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="91" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="92" />
        <source>Kicker</source>
        <translation>Surtitre</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="93" />
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="99" />
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="94" />
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="95" />
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="96" />
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="97" />
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="100" />
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/body.py" line="235" />
        <source>Fix: %1</source>
        <translation>Corriger : %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="59" />
        <source>Someone else saved this article</source>
        <translation>Quelqu’un d’autre a enregistré cet article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="64" />
        <source>%1 saved a newer version while you were editing. Your text is safe: it is kept as a revision whatever you choose.</source>
        <translation>%1 a enregistré une version plus récente pendant que vous écriviez. Votre texte est en sécurité : il est gardé comme révision quel que soit votre choix.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="73" />
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="75" />
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="21" />
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="23" />
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="24" />
        <source>Ignore diacritics, tatweel and hamza</source>
        <translation>Ignorer diacritiques, tatwil et hamza</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="26" />
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="28" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="29" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="30" />
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="31" />
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="81" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat(s)</numerusform>
            <numerusform>%n résultat(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="113" />
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
        <location filename="../../src/newsdesk/gui/findings.py" line="35" />
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/findings.py" line="39" />
        <source>¶%1</source>
        <translation>¶%1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/history.py" line="32" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/history.py" line="44" />
        <source>Restore this revision</source>
        <translation>Restaurer cette révision</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/history.py" line="76" />
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="69" />
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="83" />
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="87" />
        <source>House style</source>
        <translation>Charte de rédaction</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="93" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="101" />
        <source>Desk queue</source>
        <translation>File du desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="108" />
        <source>Ticker</source>
        <translation>Bandeau</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="202" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="209" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="212" />
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="225" />
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="234" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="242" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="298" />
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="352" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="353" />
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="354" />
        <source>New article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="385" />
        <source>Not submitted</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="389" />
        <source>Submitted to the desk</source>
        <translation>Envoyé au desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="418" />
        <source>Select the words to link first</source>
        <translation>Sélectionnez d’abord les mots à lier</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="420" />
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="420" />
        <source>Address (https://…)</source>
        <translation>Adresse (https://…)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="492" />
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="496" />
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="509" />
        <source>%1 words · %2 min</source>
        <translation>%1 mots · %2 min</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="543" />
        <source>House style (%1)</source>
        <translation>Charte de rédaction (%1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="574" />
        <source>Save the article before printing a proof</source>
        <translation>Enregistrez l’article avant d’imprimer une épreuve</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="577" />
        <source>Print proof</source>
        <translation>Imprimer une épreuve</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="584" />
        <source>No proof</source>
        <translation>Pas d’épreuve</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="587" />
        <source>Proof written: %1</source>
        <translation>Épreuve écrite : %1</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="62" />
        <source>Search (Arabic-aware)…</source>
        <translation>Rechercher (compatible arabe)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="64" />
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="67" />
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="70" />
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="70" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="70" />
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/notes.py" line="32" />
        <source>Write a note for the desk…</source>
        <translation>Écrire une note pour le desk…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/notes.py" line="33" />
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="28" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="31" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="42" />
        <source>Newsdesk default (Noto Sans Arabic)</source>
        <translation>Police par défaut (Noto Sans Arabic)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="43" />
        <source>The font chosen below</source>
        <translation>La police choisie ci-dessous</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="49" />
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="50" />
        <source>The interface language applies from the next start.</source>
        <translation>La langue de l’interface s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="51" />
        <source>Editor font</source>
        <translation>Police de l’éditeur</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="53" />
        <source>Editor font size</source>
        <translation>Taille de la police</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="48" />
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="49" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="50" />
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="56" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="56" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="40" />
        <source>Urgency</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="41" />
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="42" />
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="43" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="44" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="45" />
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="46" />
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="47" />
        <source>Style errors</source>
        <translation>Fautes de style</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="48" />
        <source>Held by</source>
        <translation>Tenu par</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="33" />
        <source>Incoming</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="34" />
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="35" />
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="36" />
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="37" />
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="38" />
        <source>Spiked</source>
        <translation>Mis au rebut</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="41" />
        <source>Claim</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="42" />
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="43" />
        <source>Return…</source>
        <translation>Renvoyer…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="44" />
        <source>Mark published</source>
        <translation>Marquer publié</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="45" />
        <source>Spike…</source>
        <translation>Mettre au rebut…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="46" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="71" />
        <source>In review: only what I hold</source>
        <translation>En relecture : seulement les miens</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="75" />
        <source>Search this tab (Arabic-aware)…</source>
        <translation>Rechercher dans cet onglet (compatible arabe)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="103" />
        <source>Break lease…</source>
        <translation>Lever le verrou…</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="170" />
        <source>Break lease</source>
        <translation>Lever le verrou</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="171" />
        <source>Take the article away from whoever is editing it?</source>
        <translation>Retirer l’article à la personne qui le modifie ?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="187" />
        <source>Note for the author</source>
        <translation>Note pour l’auteur</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="187" />
        <source>Why spike it?</source>
        <translation>Pourquoi le mettre au rebut ?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="189" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="200" />
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="36" />
        <source>editor</source>
        <translation>rédacteur</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="37" />
        <source>chief</source>
        <translation>chef de desk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="38" />
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/newsdesk/gui/startup.py" line="52" />
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/startup.py" line="53" />
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
        <location filename="../../src/newsdesk/gui/navigator.py" line="27" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="28" />
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="29" />
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="30" />
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="31" />
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="32" />
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="33" />
        <source>Spiked</source>
        <translation>Mis au rebut</translation>
    </message>
</context>
<context>
    <name>TickerDesk</name>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="110" />
        <source>New ticker item…</source>
        <translation>Nouvel élément du bandeau…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="111" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="112" />
        <source>Breaking</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="120" />
        <source>Set expiry</source>
        <translation>Fixer l’expiration</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="121" />
        <source>Approve for air</source>
        <translation>Approuver pour l’antenne</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="122" />
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="123" />
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="132" />
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="283" />
        <source>Ticker</source>
        <translation>Bandeau</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="261" />
        <source>Not added</source>
        <translation>Non ajouté</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="300" />
        <source>Width: %1% of the on-air window</source>
        <translation>Largeur : %1 % de la fenêtre d’antenne</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="311" />
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="23" />
        <source>Welcome to Newsdesk</source>
        <translation>Bienvenue dans Newsdesk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="26" />
        <source>You are signed in as %1 with the %2 role. You can add colleagues later with “newsdesk user add”.</source>
        <translation>Vous êtes connecté en tant que %1 avec le rôle %2. Vous pourrez ajouter vos collègues avec « newsdesk user add ».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="35" />
        <source>Load sample articles in Arabic, French and English</source>
        <translation>Charger des articles d’exemple en arabe, français et anglais</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="39" />
        <source>Your name as shown to colleagues</source>
        <translation>Votre nom tel que vos collègues le verront</translation>
    </message>
</context>
</TS>