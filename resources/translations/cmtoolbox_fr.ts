<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name />
    <message>
        <source>Welcome to CM Toolbox</source>
        <translation>Bienvenue dans CM Toolbox</translation>
    </message>
    <message>
        <source>Create a sample client to discover the app?</source>
        <translation>Créer un client d’exemple pour découvrir l’application ?</translation>
    </message>
    <message>
        <source>“Boulangerie Martin” comes with sample notes, sources and drafts. You can archive it at any time.</source>
        <translation>« Boulangerie Martin » est fourni avec des notes, des sources et des brouillons d’exemple. Vous pourrez l’archiver à tout moment.</translation>
    </message>
    <message>
        <source>This name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Another client already has this name.</source>
        <translation>Un autre client porte déjà ce nom.</translation>
    </message>
    <message>
        <source>This name is too long.</source>
        <translation>Ce nom est trop long.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Cette valeur n’est pas valide.</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this system, so passwords cannot be saved. Everything else keeps working.</source>
        <translation>Aucun trousseau sécurisé n’est disponible sur ce système : les mots de passe ne peuvent pas être enregistrés. Tout le reste fonctionne normalement.</translation>
    </message>
    <message>
        <source>The database could not complete this operation. Nothing was changed.</source>
        <translation>La base de données n’a pas pu effectuer cette opération. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>Le disque est plein. Libérez de l’espace et réessayez ; rien n’a été perdu.</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>Un fichier n’a pas pu être lu ou écrit : %1</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details were written to the log file.</source>
        <translation>Une erreur inattendue s’est produite. Les détails ont été enregistrés dans le journal.</translation>
    </message>
    <message>
        <source>CM Toolbox</source>
        <translation>CM Toolbox</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of CM Toolbox</source>
        <translation>Ces données ont été enregistrées par une version plus récente de CM Toolbox</translation>
    </message>
    <message>
        <source>Please install the latest version of CM Toolbox to open it. Nothing was changed.</source>
        <translation>Installez la dernière version de CM Toolbox pour les ouvrir. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Your data could not be upgraded</source>
        <translation>Vos données n’ont pas pu être mises à jour</translation>
    </message>
    <message>
        <source>The upgrade was cancelled and your data was left exactly as it was. A copy is also kept in the backups folder. Please report this problem.</source>
        <translation>La mise à jour a été annulée et vos données sont restées intactes. Une copie est aussi conservée dans le dossier des sauvegardes. Merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>Your data folder cannot be opened</source>
        <translation>Impossible d’ouvrir votre dossier de données</translation>
    </message>
    <message>
        <source>Your database file is damaged</source>
        <translation>Votre fichier de données est endommagé</translation>
    </message>
    <message>
        <source>No automatic copy is available. The damaged file is at:
%1</source>
        <translation>Aucune copie automatique n’est disponible. Le fichier endommagé se trouve ici :
%1</translation>
    </message>
    <message>
        <source>CM Toolbox can restore the automatic copy made on %1. The damaged file is kept aside.</source>
        <translation>CM Toolbox peut restaurer la copie automatique du %1. Le fichier endommagé est mis de côté.</translation>
    </message>
    <message>
        <source>Restore the copy</source>
        <translation>Restaurer la copie</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>ClientSwitcher</name>
    <message>
        <source>Current client</source>
        <translation>Client actuel</translation>
    </message>
    <message>
        <source>Current client (Ctrl+Shift+C)</source>
        <translation>Client actuel (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>&amp;Rename client…</source>
        <translation>&amp;Renommer le client…</translation>
    </message>
    <message>
        <source>&amp;Archive client</source>
        <translation>&amp;Archiver le client</translation>
    </message>
    <message>
        <source>Show &amp;archived clients</source>
        <translation>Afficher les clients &amp;archivés</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>Client actions</source>
        <translation>Actions sur le client</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>No client yet</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <source>Un&amp;archive client</source>
        <translation>&amp;Désarchiver le client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Client name:</source>
        <translation>Nom du client :</translation>
    </message>
    <message>
        <source>Rename client</source>
        <translation>Renommer le client</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Archiver le client</translation>
    </message>
    <message>
        <source>Archive “%1”? Its notes, sources and drafts are kept; the client is hidden from the list until you show archived clients.</source>
        <translation>Archiver « %1 » ? Ses notes, sources et brouillons sont conservés ; le client n’apparaît plus dans la liste tant que vous n’affichez pas les clients archivés.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Your week at a glance</source>
        <translation>Votre semaine en un coup d’œil</translation>
    </message>
    <message>
        <source>Planned posts, unread monitoring and recent notes for the current client will appear here.</source>
        <translation>Les publications prévues, la veille non lue et les notes récentes du client apparaîtront ici.</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Aucune note pour l’instant</translation>
    </message>
    <message>
        <source>Formulas, briefs, moderation charters and monthly reports: your notebook will live here.</source>
        <translation>Formules, briefs, chartes de modération et reportings mensuels : votre carnet vivra ici.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation>Aucune source pour l’instant</translation>
    </message>
    <message>
        <source>Bookmarked sources and feeds, read offline, and your weekly press review.</source>
        <translation>Vos sources et flux, lisibles hors ligne, et votre revue de presse hebdomadaire.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>No drafts yet</source>
        <translation>Aucun brouillon pour l’instant</translation>
    </message>
    <message>
        <source>Posts per network with exact character counters and spell check.</source>
        <translation>Vos publications par réseau, avec compteurs de caractères exacts et correcteur orthographique.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>The library is empty</source>
        <translation>La bibliothèque est vide</translation>
    </message>
    <message>
        <source>Images, videos and documents of your clients, tagged and searchable.</source>
        <translation>Images, vidéos et documents de vos clients, étiquetés et faciles à retrouver.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Aucun compte pour l’instant</translation>
    </message>
    <message>
        <source>Each client's social accounts, with passwords kept in the system keyring.</source>
        <translation>Les comptes sociaux de chaque client, avec les mots de passe gardés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le dossier de &amp;données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>Switch &amp;client</source>
        <translation>Changer de &amp;client</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>&amp;About CM Toolbox</source>
        <translation>À &amp;propos de CM Toolbox</translation>
    </message>
    <message>
        <source>About CM Toolbox</source>
        <translation>À propos de CM Toolbox</translation>
    </message>
    <message>
        <source>&lt;b&gt;CM Toolbox %1&lt;/b&gt;&lt;p&gt;The offline toolbox of freelance community managers: notebook, monitoring, drafts, library and accounts, on your own machine.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;CM Toolbox %1&lt;/b&gt;&lt;p&gt;La boîte à outils hors ligne des community managers freelances : carnet, veille, brouillons, bibliothèque et comptes, sur votre propre machine.&lt;/p&gt;&lt;p&gt;Dossier de données : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language changed: restart CM Toolbox to translate every window.</source>
        <translation>Langue modifiée : redémarrez CM Toolbox pour traduire toutes les fenêtres.</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client : %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>A new language applies to windows opened from now on.</source>
        <translation>Une nouvelle langue s’applique aux fenêtres ouvertes à partir de maintenant.</translation>
    </message>
    <message>
        <source>Spell check</source>
        <translation>Correcteur orthographique</translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Anglais</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
</context>
</TS>