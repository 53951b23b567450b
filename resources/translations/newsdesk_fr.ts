<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;Nouvel article</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>Coller en texte brut</translation>
    </message>
    <message>
        <source>Paragraph right-to-left</source>
        <translation>Paragraphe de droite à gauche</translation>
    </message>
    <message>
        <source>Paragraph left-to-right</source>
        <translation>Paragraphe de gauche à droite</translation>
    </message>
    <message>
        <source>Paragraph direction automatic</source>
        <translation>Direction du paragraphe automatique</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Su&amp;bmit to desk</source>
        <translation>&amp;Soumettre au desk</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Print proof…</source>
        <translation>&amp;Imprimer une épreuve…</translation>
    </message>
    <message>
        <source>Save proof as P&amp;DF…</source>
        <translation>Enregistrer l’épreuve en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Right-to-left mark (RLM)</source>
        <translation>Marque droite-à-gauche (RLM)</translation>
    </message>
    <message>
        <source>Left-to-right mark (LRM)</source>
        <translation>Marque gauche-à-droite (LRM)</translation>
    </message>
    <message>
        <source>Arabic comma ،</source>
        <translation>Virgule arabe ،</translation>
    </message>
    <message>
        <source>Guillemets « »</source>
        <translation>Guillemets « »</translation>
    </message>
    <message>
        <source>Non-breaking space</source>
        <translation>Espace insécable</translation>
    </message>
    <message>
        <source>&amp;Picture…</source>
        <translation>&amp;Image…</translation>
    </message>
    <message>
        <source>Show invisible characters</source>
        <translation>Afficher les caractères invisibles</translation>
    </message>
    <message>
        <source>Check &amp;spelling</source>
        <translation>Vérifier l’&amp;orthographe</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exporter un lot…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Sen&amp;d to desk…</source>
        <translation>Envoyer un &amp;lot au desk…</translation>
    </message>
    <message>
        <source>Check the &amp;database…</source>
        <translation>Vérifier la &amp;base de données…</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cou&amp;per</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>Ne&amp;xt pane</source>
        <translation>Panneau &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>Panneau &amp;précédent</translation>
    </message>
    <message>
        <source>Next article &amp;tab</source>
        <translation>&amp;Onglet d’article suivant</translation>
    </message>
    <message>
        <source>Previous article t&amp;ab</source>
        <translation>Onglet d’article pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>New article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Recovered text from %1 that had not been saved.</source>
        <translation>Texte récupéré du %1, qui n’avait pas été enregistré.</translation>
    </message>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>Impossible d’écrire la copie de récupération : %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>%1 saved over changes by %2 (version %3): %4. Their text stays in the history.</source>
        <translation>%1 a enregistré par-dessus des modifications de %2 (version %3) : %4. Leur texte reste dans l’historique.</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>Renvoyé par %1 : %2</translation>
    </message>
    <message>
        <source>Held by %1 since %2: read only.</source>
        <translation>Tenu par %1 depuis %2 : lecture seule.</translation>
    </message>
    <message>
        <source>This article is spiked; restore it to edit.</source>
        <translation>Cet article est mis au rebut ; restaurez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Read only: this article is %1 and your role may not change it.</source>
        <translation>Lecture seule : cet article est %1 et votre rôle ne permet pas de le modifier.</translation>
    </message>
</context>
<context>
    <name>ArticleFields</name>
    <message>
        <source>Fold the fields to one line</source>
        <translation>Replier les champs sur une ligne</translation>
    </message>
    <message>
        <source>Show every field</source>
        <translation>Afficher tous les champs</translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>Embargo jusqu’au</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>Surtitre</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <source>Nothing was pasted: the text is larger than %1 MB, the most one article may hold.</source>
        <translation>Rien n’a été collé : le texte dépasse %1 Mo, le maximum qu’un article peut contenir.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corriger : %1</translation>
    </message>
</context>
<context>
    <name>BodyKeys</name>
    <message>
        <source>The text takes no tab characters: F6 or Esc moves to the next pane.</source>
        <translation>Le texte ne prend pas de tabulations : F6 ou Échap passe au panneau suivant.</translation>
    </message>
</context>
<context>
    <name>ChangeLabels</name>
    <message>
        <source>New paragraph after paragraph %1</source>
        <translation>Nouveau paragraphe après le paragraphe %1</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Paragraphe %1</translation>
    </message>
    <message>
        <source>Paragraphs %1–%2</source>
        <translation>Paragraphes %1 à %2</translation>
    </message>
</context>
<context>
    <name>ComparisonLegend</name>
    <message>
        <source>Key:</source>
        <translation>Légende :</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this article</source>
        <translation>Quelqu’un d’autre a enregistré cet article</translation>
    </message>
    <message>
        <source>%1 saved a newer version while you were editing. Below, struck-through text is theirs only and underlined text is yours only. Tick the changes of yours to keep; unticked ones keep their text. Your text is kept as a revision whatever you choose.</source>
        <translation>%1 a enregistré une version plus récente pendant que vous écriviez. Ci-dessous, le texte barré n’est que dans la leur et le texte souligné que dans la vôtre. Cochez vos modifications à garder ; pour celles qui ne sont pas cochées, leur texte reste. Votre texte est gardé comme révision quel que soit votre choix.</translation>
    </message>
    <message>
        <source>Theirs only</source>
        <translation>Seulement dans la leur</translation>
    </message>
    <message>
        <source>Yours only</source>
        <translation>Seulement dans la vôtre</translation>
    </message>
    <message>
        <source>&amp;Save with the ticked changes</source>
        <translation>&amp;Enregistrer avec les modifications cochées</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <source>My changes to keep</source>
        <translation>Mes modifications à garder</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Newsdesk: unexpected error</source>
        <translation>Newsdesk : erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside Newsdesk. Newsdesk keeps running, but save your work and restart it if anything looks wrong.</source>
        <translation>Une erreur s’est produite dans Newsdesk. Newsdesk continue de fonctionner, mais enregistrez votre travail et redémarrez-le si quelque chose semble anormal.</translation>
    </message>
    <message>
        <source>Please report this error with the details below (the error, the Newsdesk version and the platform). The log file is:</source>
        <translation>Merci de signaler cette erreur avec les détails ci-dessous (l’erreur, la version de Newsdesk et la plateforme). Le fichier journal est :</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message numerus="yes">
        <source>%n open article(s) could not be written as recovery copies. Do not close them: copy their text somewhere safe first.</source>
        <translation>
            <numerusform>%n article ouvert n’a pas pu être écrit en copie de récupération. Ne le fermez pas : copiez d’abord son texte en lieu sûr.</numerusform>
            <numerusform>%n articles ouverts n’ont pas pu être écrits en copies de récupération. Ne les fermez pas : copiez d’abord leur texte en lieu sûr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every open article was written as a recovery copy first; Newsdesk offers it back if the text is lost.</source>
        <translation>Chaque article ouvert a d’abord été écrit en copie de récupération ; Newsdesk vous le propose à nouveau si le texte est perdu.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>Database check</source>
        <translation>Vérification de la base de données</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>La base de données est en bon état.</translation>
    </message>
    <message>
        <source>Audit history: %1 entries, every link intact.</source>
        <translation>Historique d’audit : %1 entrées, tous les maillons intacts.</translation>
    </message>
    <message>
        <source>The database reports problems:</source>
        <translation>La base de données signale des problèmes :</translation>
    </message>
    <message>
        <source>The audit history could not be read: %1</source>
        <translation>L’historique d’audit n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Links broken after it: %1.</source>
        <translation>Maillons rompus après celui-ci : %1.</translation>
    </message>
    <message>
        <source>The audit chain trigger is missing: new audit entries are not chained.</source>
        <translation>Le déclencheur de la chaîne d’audit est absent : les nouvelles entrées ne sont pas chaînées.</translation>
    </message>
    <message>
        <source>The audit chain trigger is disabled: new audit entries are not chained.</source>
        <translation>Le déclencheur de la chaîne d’audit est désactivé : les nouvelles entrées ne sont pas chaînées.</translation>
    </message>
    <message>
        <source>The audit history was tampered with: entry %1 (article %2, step %3) was changed after it was written.</source>
        <translation>L’historique d’audit a été falsifié : l’entrée %1 (article %2, étape %3) a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>The audit history was tampered with: entry %1 (article %2, step %3) was inserted by hand.</source>
        <translation>L’historique d’audit a été falsifié : l’entrée %1 (article %2, étape %3) a été insérée à la main.</translation>
    </message>
    <message>
        <source>The audit history was tampered with: an entry was removed just before entry %1 (article %2, step %3).</source>
        <translation>L’historique d’audit a été falsifié : une entrée a été supprimée juste avant l’entrée %1 (article %2, étape %3).</translation>
    </message>
    <message>
        <source>Checking the database file…</source>
        <translation>Vérification du fichier de la base de données…</translation>
    </message>
    <message>
        <source>Checking the audit history…</source>
        <translation>Vérification de l’historique d’audit…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation>La base de données n’a pas pu être vérifiée : %1</translation>
    </message>
</context>
<context>
    <name>DatabaseWatch</name>
    <message>
        <source>Newsdesk stopped saving</source>
        <translation>Newsdesk a cessé d’enregistrer</translation>
    </message>
    <message>
        <source>Newsdesk can no longer write to its database safely, so it has stopped saving to it. Your unsaved text is kept as recovery copies: close Newsdesk and open it again to get it back.

Make sure no other program copies, moves or opens the database file while Newsdesk runs.</source>
        <translation>Newsdesk ne peut plus écrire dans sa base de données en toute sécurité ; il a donc cessé d’y enregistrer. Votre texte non enregistré est gardé en copies de récupération : fermez Newsdesk puis rouvrez-le pour le retrouver.

Veillez à ce qu’aucun autre programme ne copie, ne déplace ni n’ouvre le fichier de la base de données pendant que Newsdesk tourne.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>The open article: %1</source>
        <translation>L’article ouvert : %1</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe. Le remplacer ?</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exporter un lot</translation>
    </message>
    <message>
        <source>Include the ticker feeds</source>
        <translation>Inclure les flux du bandeau</translation>
    </message>
    <message>
        <source>Mark the articles published once the bundle is complete</source>
        <translation>Marquer les articles publiés une fois le lot terminé</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected article(s)</source>
        <translation>
            <numerusform>Les %n article(s) sélectionné(s)</numerusform>
            <numerusform>Les %n article(s) sélectionné(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected articles (none is selected)</source>
        <translation>Articles sélectionnés (aucun n&apos;est sélectionné)</translation>
    </message>
    <message>
        <source>Articles in this status:</source>
        <translation>Articles dans cet état :</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Tous les desks</translation>
    </message>
    <message>
        <source>Changed between</source>
        <translation>Modifiés entre le</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>ninjs version</source>
        <translation>Version ninjs</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>One zip file</source>
        <translation>Un fichier zip</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>Un dossier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <source>Bundle (*.zip *.ndbundle)</source>
        <translation>Lot (*.zip *.ndbundle)</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <source>Choose where the bundle goes.</source>
        <translation>Choisissez où enregistrer le lot.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 exists; choose a new or empty folder.</source>
        <translation>%1 existe ; choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 est un dossier ; donnez un nom de fichier.</translation>
    </message>
    <message>
        <source>The first date is after the second.</source>
        <translation>La première date est après la seconde.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export bundle</source>
        <translation>Exporter un lot</translation>
    </message>
    <message>
        <source>You have no drafts to send.</source>
        <translation>Vous n&apos;avez aucun brouillon à envoyer.</translation>
    </message>
    <message>
        <source>Send to desk</source>
        <translation>Envoyer au desk</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Lot écrit</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export annulé ; rien n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>The bundle was written to %1, but no article was marked published.</source>
        <translation>Le lot a été écrit dans %1, mais aucun article n&apos;a été marqué publié.</translation>
    </message>
    <message>
        <source>Article %1 of %2</source>
        <translation>Article %1 sur %2</translation>
    </message>
    <message>
        <source>Writing the ticker feeds and the manifest…</source>
        <translation>Écriture des flux du bandeau et du manifeste…</translation>
    </message>
    <message numerus="yes">
        <source>%n headline(s) or ticker item(s) carry bidi override characters. They force the order letters are shown in, so the text can read differently on a partner&apos;s site than in the editor.</source>
        <translation>
            <numerusform>%n titre(s) ou élément(s) du bandeau contiennent des caractères de forçage bidi. Ils imposent l&apos;ordre d&apos;affichage des lettres : le texte peut se lire autrement sur le site d&apos;un partenaire que dans l&apos;éditeur.</numerusform>
            <numerusform>%n titre(s) ou élément(s) du bandeau contiennent des caractères de forçage bidi. Ils imposent l&apos;ordre d&apos;affichage des lettres : le texte peut se lire autrement sur le site d&apos;un partenaire que dans l&apos;éditeur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Rien n&apos;a été exporté.</translation>
    </message>
</context>
<context>
    <name>ExportSummaryDialog</name>
    <message>
        <source>The bundle is complete.</source>
        <translation>Le lot est terminé.</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>Écrit dans</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>Identifiant du lot</translation>
    </message>
    <message>
        <source>Marked published</source>
        <translation>Marqués publiés</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Ignore diacritics, tatweel and hamza</source>
        <translation>Ignorer diacritiques, tatwil et hamza</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat(s)</numerusform>
            <numerusform>%n résultat(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>¶%1</source>
        <translation>¶%1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <source>claimed in %1&apos;s bundle: %2 by %3 (%4)</source>
        <translation>déclaré dans le lot de %1 : %2 par %3 (%4)</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>Côte à côte (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore this revision</source>
        <translation>&amp;Restaurer cette révision</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>claimed in %1&apos;s bundle: %2 by %3</source>
        <translation>déclaré dans le lot de %1 : %2 par %3</translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation>Révision %1 · %2</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Articles and bundles (%1)</source>
        <translation>Articles et lots (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Import de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Pictures left out: %1</source>
        <translation>Images non importées : %1</translation>
    </message>
    <message>
        <source>Pictures on the web, not fetched (left out): %1</source>
        <translation>Images sur le web, non téléchargées (non importées) : %1</translation>
    </message>
    <message>
        <source>Pictures not found beside the file (left out): %1</source>
        <translation>Images introuvables à côté du fichier (non importées) : %1</translation>
    </message>
    <message>
        <source>Pictures that are not JPEG, PNG, GIF or WebP (left out): %1</source>
        <translation>Images qui ne sont pas en JPEG, PNG, GIF ou WebP (non importées) : %1</translation>
    </message>
    <message>
        <source>Pictures too large (left out): %1</source>
        <translation>Images trop grandes (non importées) : %1</translation>
    </message>
    <message>
        <source>Notes left out: %1</source>
        <translation>Notes non importées : %1</translation>
    </message>
    <message>
        <source>Comments left out: %1</source>
        <translation>Commentaires non importés : %1</translation>
    </message>
    <message>
        <source>Objects left out: %1</source>
        <translation>Objets non importés : %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 skipped, %4 conflicts, %5 refused</source>
        <translation>%1 créé(s), %2 mis à jour, %3 ignoré(s), %4 conflit(s), %5 refusé(s)</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) were not imported.</source>
        <translation>
            <numerusform>Annulé : %n fichier(s) n&apos;ont pas été importé(s).</numerusform>
            <numerusform>Annulé : %n fichier(s) n&apos;ont pas été importé(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>LiveArticles</name>
    <message>
        <source>What changed since version %1, the one you are editing.</source>
        <translation>Ce qui a changé depuis la version %1, celle que vous modifiez.</translation>
    </message>
    <message>
        <source>%2 took “%1” to edit it.</source>
        <translation>%2 a pris en charge «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%2 returned “%1” to you.</source>
        <translation>%2 vous a renvoyé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%2 approved “%1”.</source>
        <translation>%2 a approuvé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%2 spiked “%1”.</source>
        <translation>%2 a mis «&#xa0;%1&#xa0;» au rebut.</translation>
    </message>
    <message>
        <source>“%1” arrived as a submission.</source>
        <translation>«&#xa0;%1&#xa0;» est arrivé comme proposition.</translation>
    </message>
    <message>
        <source>%2 saved over some of your changes to “%1”; the notes say which.</source>
        <translation>%2 a enregistré par-dessus certaines de vos modifications de « %1 » ; les notes disent lesquelles.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to the newsroom</source>
        <translation>Connexion à la rédaction</translation>
    </message>
    <message>
        <source>The newsroom&apos;s server asks for your password.</source>
        <translation>Le serveur de la rédaction demande votre mot de passe.</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer, so nothing is kept.</source>
        <translation>Aucun trousseau système n&apos;est disponible sur cet ordinateur : rien n&apos;est conservé.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Log in as</source>
        <translation>Se connecter en tant que</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Wrong password for %1. Try again.</source>
        <translation>Mot de passe incorrect pour %1. Réessayez.</translation>
    </message>
    <message>
        <source>The password kept in the system keyring was refused.</source>
        <translation>Le mot de passe conservé dans le trousseau du système a été refusé.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Words in the headline and the body; reading time of both</source>
        <translation>Mots du titre et du corps ; temps de lecture des deux</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Submitted to the desk</source>
        <translation>Envoyé au desk</translation>
    </message>
    <message>
        <source>Select the words to link first</source>
        <translation>Sélectionnez d’abord les mots à lier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>Adresse (https://…)</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>%1 words · %2 min</source>
        <translation>%1 mots · %2 min</translation>
    </message>
    <message>
        <source>RTL</source>
        <comment>right to left</comment>
        <translation>droite à gauche</translation>
    </message>
    <message>
        <source>LTR</source>
        <comment>left to right</comment>
        <translation>gauche à droite</translation>
    </message>
    <message>
        <source>House style (%1)</source>
        <translation>Charte de rédaction (%1)</translation>
    </message>
    <message>
        <source>Save the article before printing a proof</source>
        <translation>Enregistrez l’article avant d’imprimer une épreuve</translation>
    </message>
    <message>
        <source>Print proof</source>
        <translation>Imprimer une épreuve</translation>
    </message>
    <message>
        <source>Save proof as PDF</source>
        <translation>Enregistrer l’épreuve en PDF</translation>
    </message>
    <message>
        <source>No proof</source>
        <translation>Pas d’épreuve</translation>
    </message>
    <message>
        <source>Proof written: %1</source>
        <translation>Épreuve écrite : %1</translation>
    </message>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>House style</source>
        <translation>Charte de rédaction</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Desk queue</source>
        <translation>File du desk</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>Bandeau</translation>
    </message>
    <message>
        <source>Text size: %1 pt from normal</source>
        <translation>Taille du texte : %1 pt par rapport à la normale</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search (Arabic-aware)…</source>
        <translation>Rechercher (compatible arabe)…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>NewsroomForm</name>
    <message>
        <source>Narrow no-break space (1 234)</source>
        <translation>Espace fine insécable (1 234)</translation>
    </message>
    <message>
        <source>No-break space (1 234)</source>
        <translation>Espace insécable (1 234)</translation>
    </message>
    <message>
        <source>Comma (1,234)</source>
        <translation>Virgule (1,234)</translation>
    </message>
    <message>
        <source>Full stop (1.234)</source>
        <translation>Point (1.234)</translation>
    </message>
    <message>
        <source>Arabic thousands separator (1٬234)</source>
        <translation>Séparateur arabe des milliers (1٬234)</translation>
    </message>
    <message>
        <source>None (1234)</source>
        <translation>Aucun (1234)</translation>
    </message>
    <message>
        <source>Western (0123)</source>
        <translation>Occidentaux (0123)</translation>
    </message>
    <message>
        <source>Eastern Arabic (٠١٢٣)</source>
        <translation>Arabes orientaux (٠١٢٣)</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>One word a line, as the newsroom writes it</source>
        <translation>Un mot par ligne, tel que la rédaction l’écrit</translation>
    </message>
    <message>
        <source>Only an administrator may change these settings.</source>
        <translation>Seul un administrateur peut modifier ces réglages.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Digit groups</source>
        <translation>Groupes de chiffres</translation>
    </message>
    <message>
        <source>Headline limit</source>
        <translation>Limite du titre</translation>
    </message>
    <message>
        <source>Edit lease</source>
        <translation>Réservation d’édition</translation>
    </message>
    <message>
        <source>Ticker item limit</source>
        <translation>Limite d’un élément du bandeau</translation>
    </message>
    <message>
        <source>Default ticker channel</source>
        <translation>Canal du bandeau par défaut</translation>
    </message>
    <message>
        <source>Ticker item lifetime</source>
        <translation>Durée d’un élément du bandeau</translation>
    </message>
    <message>
        <source>Breaking item lifetime</source>
        <translation>Durée d’un élément urgent</translation>
    </message>
    <message>
        <source>House-style rules that apply</source>
        <translation>Règles maison appliquées</translation>
    </message>
    <message>
        <source>House spellings</source>
        <translation>Orthographes maison</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Write a note for the desk…</source>
        <translation>Écrire une note pour le desk…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importé depuis %1</translation>
    </message>
</context>
<context>
    <name>PicturePropertiesDialog</name>
    <message>
        <source>Picture properties</source>
        <translation>Propriétés de l’image</translation>
    </message>
    <message>
        <source>Alt text describes the picture for readers who cannot see it.</source>
        <translation>Le texte de remplacement décrit l’image pour les lecteurs qui ne peuvent pas la voir.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte de remplacement</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>Insert picture</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Picture properties…</source>
        <translation>Propriétés de l’image…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Supprimer l’image</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>Non ajouté :</translation>
    </message>
    <message>
        <source>%1 is the Newsdesk database in use, not a picture.</source>
        <translation>%1 est la base de données Newsdesk en cours d’utilisation, pas une image.</translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <translation>l’image collée</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most one picture may take.</source>
        <translation>%1 dépasse %2 Mo, la taille maximale d’une image.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, GIF or WebP picture, or it is damaged.</source>
        <translation>%1 n’est pas une image JPEG, PNG, GIF ou WebP, ou elle est endommagée.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The media folder cannot take the picture: %1</source>
        <translation>Le dossier des médias ne peut pas recevoir l’image : %1</translation>
    </message>
    <message>
        <source>Caption…</source>
        <translation>Légende…</translation>
    </message>
    <message>
        <source>Credit…</source>
        <translation>Crédit…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Check spelling as I type</source>
        <translation>Vérifier l’orthographe pendant la saisie</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>House style</source>
        <translation>Charte de rédaction</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Newsdesk default (Noto Sans Arabic)</source>
        <translation>Police par défaut (Noto Sans Arabic)</translation>
    </message>
    <message>
        <source>The font chosen below</source>
        <translation>La police choisie ci-dessous</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>The interface language applies from the next start.</source>
        <translation>La langue de l’interface s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Police de l’éditeur</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Taille de la police</translation>
    </message>
    <message>
        <source>Articles opened from now on; View menu: this article.</source>
        <translation>Pour les articles ouverts désormais ; menu Affichage : cet article.</translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation>Préférences non enregistrées</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Words in the headline and the body</source>
        <translation>Mots du titre et du corps</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Style errors</source>
        <translation>Fautes de style</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Tenu par</translation>
    </message>
    <message>
        <source>An imported copy differs from this one; it is kept in the history as a conflict</source>
        <translation>Une copie importée diffère de celle-ci ; elle est conservée dans l&apos;historique comme conflit</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>Mis au rebut</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Renvoyer…</translation>
    </message>
    <message>
        <source>Mark published</source>
        <translation>Marquer publié</translation>
    </message>
    <message>
        <source>Spike…</source>
        <translation>Mettre au rebut…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>In review: only what I hold</source>
        <translation>En relecture : seulement les miens</translation>
    </message>
    <message>
        <source>Search this tab (Arabic-aware)…</source>
        <translation>Rechercher dans cet onglet (compatible arabe)…</translation>
    </message>
    <message>
        <source>Break lease…</source>
        <translation>Lever le verrou…</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Nothing was done: the text was changed after version %1, the one shown (now version %2, saved by %3). Here is what changed.</source>
        <translation>Rien n’a été fait : le texte a changé après la version %1, celle qui était affichée (version %2 maintenant, enregistrée par %3). Voici ce qui a changé.</translation>
    </message>
    <message>
        <source>Break lease</source>
        <translation>Lever le verrou</translation>
    </message>
    <message>
        <source>Take the article away from whoever is editing it?</source>
        <translation>Retirer l’article à la personne qui le modifie ?</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
<context>
    <name>Restart</name>
    <message>
        <source>Language changed</source>
        <translation>Langue modifiée</translation>
    </message>
    <message>
        <source>The new interface language applies when Newsdesk starts again.</source>
        <translation>La nouvelle langue de l’interface s’applique au prochain démarrage de Newsdesk.</translation>
    </message>
    <message>
        <source>Restart Newsdesk now?</source>
        <translation>Redémarrer Newsdesk maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>editor</source>
        <translation>rédacteur</translation>
    </message>
    <message>
        <source>chief</source>
        <translation>chef de desk</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>SendToDeskDialog</name>
    <message>
        <source>Send to desk</source>
        <translation>Envoyer au desk</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n word(s)</source>
        <translation>
            <numerusform>%1 · %n mot(s)</numerusform>
            <numerusform>%1 · %n mot(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>no desk</source>
        <translation>sans desk</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Write bundle</source>
        <translation>Écrire le lot</translation>
    </message>
    <message>
        <source>Your drafts to send in one submission bundle:</source>
        <translation>Vos brouillons à envoyer dans un seul lot de soumission :</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Fichier du lot</translation>
    </message>
    <message>
        <source>Submission bundle</source>
        <translation>Lot de soumission</translation>
    </message>
    <message>
        <source>Bundle (*.zip *.ndbundle)</source>
        <translation>Lot (*.zip *.ndbundle)</translation>
    </message>
    <message>
        <source>Tick at least one draft.</source>
        <translation>Cochez au moins un brouillon.</translation>
    </message>
    <message>
        <source>Choose where the bundle goes.</source>
        <translation>Choisissez où enregistrer le lot.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Leave the article text for the next pane</source>
        <translation>Quitter le texte de l’article pour le panneau suivant</translation>
    </message>
    <message>
        <source>Next field, list or button (never inside the text)</source>
        <translation>Champ, liste ou bouton suivant (jamais dans le texte)</translation>
    </message>
    <message>
        <source>In the search box: open the first article found</source>
        <translation>Dans la recherche : ouvrir le premier article trouvé</translation>
    </message>
    <message>
        <source>In the ticker: move the item up</source>
        <translation>Dans le bandeau : monter l’élément</translation>
    </message>
    <message>
        <source>In the ticker: move the item down</source>
        <translation>Dans le bandeau : descendre l’élément</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add to newsroom dictionary</source>
        <translation>Ajouter au dictionnaire de la rédaction</translation>
    </message>
    <message>
        <source>Add to my dictionary</source>
        <translation>Ajouter à mon dictionnaire</translation>
    </message>
    <message>
        <source>Ignore in this article</source>
        <translation>Ignorer dans cet article</translation>
    </message>
    <message>
        <source>Did you mean “%1”? (a rare word)</source>
        <translation>Vouliez-vous dire « %1 » ? (mot rare)</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>%1 saved version %2 of this article while you were editing it. Your changes are not saved yet.</source>
        <translation>%1 a enregistré la version %2 de cet article pendant que vous le modifiiez. Vos changements ne sont pas encore enregistrés.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>This version of Newsdesk cannot import files given at start-up</source>
        <translation>Cette version de Newsdesk ne peut pas importer les fichiers donnés au démarrage</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Newsdesk closed before these articles were saved:

%1

Reopen them?</source>
        <translation>Newsdesk s’est fermé avant l’enregistrement de ces articles :

%1

Les rouvrir ?</translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation>Abandonner le travail non enregistré</translation>
    </message>
    <message>
        <source>Discard the unsaved text of these articles for good?

%1

No keeps it, and Newsdesk offers it again at the next start.</source>
        <translation>Abandonner pour de bon le texte non enregistré de ces articles ?

%1

Non le garde, et Newsdesk le proposera de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <source>No database there</source>
        <translation>Pas de base de données ici</translation>
    </message>
    <message>
        <source>There is no database at
%1

Create a new, empty one there? No quits.</source>
        <translation>Il n’y a pas de base de données à
%1

En créer une nouvelle, vide, à cet endroit ? Non quitte Newsdesk.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>Mis au rebut</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>exemple</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>saved over changes</source>
        <translation>enregistré par-dessus des modifications</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>pris en charge</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>renvoyé à l’auteur</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>spiked</source>
        <translation>mis au rebut</translation>
    </message>
    <message>
        <source>restored from the spike</source>
        <translation>repris du rebut</translation>
    </message>
</context>
<context>
    <name>StepNoteDialog</name>
    <message>
        <source>Return to the author</source>
        <translation>Renvoyer à l’auteur</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Mettre au rebut</translation>
    </message>
    <message>
        <source>What should the author change?</source>
        <translation>Que doit changer l’auteur&#x202f;?</translation>
    </message>
    <message>
        <source>Why spike it?</source>
        <translation>Pourquoi le mettre au rebut&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>&amp;Spike</source>
        <translation>Mettre au re&amp;but</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Return “%1” to its author with this note:</source>
        <translation>Renvoyer «&#xa0;%1&#xa0;» à son auteur avec cette note&#xa0;:</translation>
    </message>
    <message>
        <source>Spike “%1”? Say why:</source>
        <translation>Mettre «&#xa0;%1&#xa0;» au rebut&#x202f;? Dites pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Return these %1 articles to their authors with this note:</source>
        <translation>Renvoyer ces %1 articles à leurs auteurs avec cette note&#xa0;:</translation>
    </message>
    <message>
        <source>Spike these %1 articles? Say why:</source>
        <translation>Mettre ces %1 articles au rebut&#x202f;? Dites pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>TickerDesk</name>
    <message>
        <source>New ticker item…</source>
        <translation>Nouvel élément du bandeau…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Set expiry</source>
        <translation>Fixer l’expiration</translation>
    </message>
    <message>
        <source>Approve for air</source>
        <translation>Approuver pour l’antenne</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>Bandeau</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Non ajouté</translation>
    </message>
    <message>
        <source>Width: %1% of the on-air window</source>
        <translation>Largeur : %1 % de la fenêtre d’antenne</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
</context>
<context>
    <name>TickerStatus</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>on air</source>
        <translation>à l’antenne</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Newsdesk</source>
        <translation>Bienvenue dans Newsdesk</translation>
    </message>
    <message>
        <source>You are signed in as %1 with the %2 role. You can add colleagues later with “newsdesk user add”.</source>
        <translation>Vous êtes connecté en tant que %1 avec le rôle %2. Vous pourrez ajouter vos collègues avec « newsdesk user add ».</translation>
    </message>
    <message>
        <source>Load sample articles in Arabic, French and English</source>
        <translation>Charger des articles d’exemple en arabe, français et anglais</translation>
    </message>
    <message>
        <source>Your name as shown to colleagues</source>
        <translation>Votre nom tel que vos collègues le verront</translation>
    </message>
</context>
</TS>
