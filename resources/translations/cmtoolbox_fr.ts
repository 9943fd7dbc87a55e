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
        <source>CM Toolbox can replace it with one of its automatic copies, checked at start. Restart now to choose one; until then, avoid entering new work.</source>
        <translation>CM Toolbox peut le remplacer par l’une de ses copies automatiques, vérifiées au démarrage. Redémarrez maintenant pour en choisir une ; d’ici là, évitez de saisir du nouveau travail.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
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
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Changes requested %1</source>
        <translation>Modifications demandées : %1</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>À valider</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyé : %1</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>prévu : %1</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>publié : %1</translation>
    </message>
    <message>
        <source>Rights ended %1 (%2)</source>
        <translation>Droits expirés le %1 (%2)</translation>
    </message>
    <message>
        <source>Rights end %1 (%2)</source>
        <translation>Droits jusqu’au %1 (%2)</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>modifiée : %1</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Dead link (%1)</source>
        <translation>Lien mort (%1)</translation>
    </message>
    <message>
        <source>Planned today</source>
        <translation>Prévu aujourd’hui</translation>
    </message>
    <message>
        <source>Planned this week</source>
        <translation>Prévu cette semaine</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente de validation</translation>
    </message>
    <message>
        <source>Posts missing metrics</source>
        <translation>Publications sans statistiques</translation>
    </message>
    <message>
        <source>Unread in feeds</source>
        <translation>Non lus dans les flux</translation>
    </message>
    <message>
        <source>Rights ending soon</source>
        <translation>Droits bientôt échus</translation>
    </message>
    <message>
        <source>Notes edited today</source>
        <translation>Notes modifiées aujourd’hui</translation>
    </message>
    <message>
        <source>Notes edited this week</source>
        <translation>Notes modifiées cette semaine</translation>
    </message>
    <message>
        <source>Dead links</source>
        <translation>Liens morts</translation>
    </message>
    <message>
        <source>Nothing planned today.</source>
        <translation>Rien de prévu aujourd’hui.</translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation>Rien de prévu cette semaine.</translation>
    </message>
    <message>
        <source>No proof is waiting for an answer.</source>
        <translation>Aucun BAT n’attend de réponse.</translation>
    </message>
    <message>
        <source>Every post of the last 30 days has its figures.</source>
        <translation>Chaque publication des 30 derniers jours a ses statistiques.</translation>
    </message>
    <message>
        <source>All caught up: no unread items.</source>
        <translation>Tout est lu : aucun article en attente.</translation>
    </message>
    <message>
        <source>No rights end in the next 30 days.</source>
        <translation>Aucun droit n’expire dans les 30 prochains jours.</translation>
    </message>
    <message>
        <source>No note edited today.</source>
        <translation>Aucune note modifiée aujourd’hui.</translation>
    </message>
    <message>
        <source>No note edited in the last 7 days.</source>
        <translation>Aucune note modifiée ces 7 derniers jours.</translation>
    </message>
    <message>
        <source>No dead link found by the link checks.</source>
        <translation>Aucun lien mort trouvé par les vérifications de liens.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread item(s)</source>
        <translation>
            <numerusform>%n article non lu</numerusform>
            <numerusform>%n articles non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Plan a date and time before marking a draft as scheduled.</source>
        <translation>Choisissez une date et une heure avant de passer un brouillon en « planifié ».</translation>
    </message>
    <message>
        <source>This draft has no text yet: write something before sending it on.</source>
        <translation>Ce brouillon n’a pas encore de texte : écrivez-en un avant de le faire avancer.</translation>
    </message>
    <message>
        <source>This is not a web address (it should start with https://).</source>
        <translation>Ce n’est pas une adresse web (elle doit commencer par https://).</translation>
    </message>
    <message>
        <source>This picture belongs to another client's library.</source>
        <translation>Cette image appartient à la bibliothèque d’un autre client.</translation>
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
        <source>The copy could not be restored</source>
        <translation>La copie n’a pas pu être restaurée</translation>
    </message>
    <message>
        <source>Nothing was changed: your data folder is exactly as it was.</source>
        <translation>Rien n’a été modifié : votre dossier de données est exactement tel qu’il était.</translation>
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
        <source>copy made before an upgrade</source>
        <translation>copie faite avant une mise à jour</translation>
    </message>
    <message>
        <source>automatic daily copy</source>
        <translation>copie automatique quotidienne</translation>
    </message>
    <message>
        <source>automatic copy</source>
        <translation>copie automatique</translation>
    </message>
    <message>
        <source>CM Toolbox can replace it with one of its automatic copies, checked just now. The newest is selected. The damaged file is kept aside as it is, never deleted:
%1</source>
        <translation>CM Toolbox peut le remplacer par l’une de ses copies automatiques, vérifiées à l’instant. La plus récente est sélectionnée. Le fichier endommagé est mis de côté tel quel, jamais supprimé :
%1</translation>
    </message>
    <message>
        <source>Restore this copy</source>
        <translation>Restaurer cette copie</translation>
    </message>
    <message>
        <source>Your database file is damaged</source>
        <translation>Votre fichier de données est endommagé</translation>
    </message>
    <message>
        <source>No sound automatic copy is available. The damaged file is at:
%1</source>
        <translation>Aucune copie automatique intacte n’est disponible. Le fichier endommagé se trouve ici :
%1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>GIFs</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>PDFs</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>The file was moved or deleted before it could be imported.</source>
        <translation>Le fichier a été déplacé ou supprimé avant de pouvoir être importé.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>Ce n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The file could not be read (no permission, or the drive is unavailable).</source>
        <translation>Le fichier n’a pas pu être lu (droits insuffisants, ou disque indisponible).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file weighs %1, more than the %2 the library accepts.</source>
        <translation>Le fichier pèse %1, plus que les %2 acceptés par la bibliothèque.</translation>
    </message>
    <message>
        <source>Not enough free disk space to import this file (%1 needed).</source>
        <translation>Pas assez d’espace libre sur le disque pour importer ce fichier (%1 nécessaires).</translation>
    </message>
    <message>
        <source>This type of file is not supported: the library takes images, GIFs, videos (MP4, MOV, WebM), PDFs and office documents.</source>
        <translation>Ce type de fichier n’est pas pris en charge : la bibliothèque accepte images, GIF, vidéos (MP4, MOV, WebM), PDF et documents bureautiques.</translation>
    </message>
    <message>
        <source>This file is not what its name says: its content is not a .%1 file.</source>
        <translation>Ce fichier n’est pas ce que son nom annonce : son contenu n’est pas celui d’un fichier .%1.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (cut short during a download or a copy?).</source>
        <translation>Le fichier est endommagé ou incomplet (coupé pendant un téléchargement ou une copie ?).</translation>
    </message>
    <message>
        <source>The file claims a picture of %1 megapixels in only %2, which no real picture does: it was not opened, as it could exhaust the memory.</source>
        <translation>Le fichier annonce une image de %1 mégapixels en seulement %2, ce qu’aucune vraie image ne fait : il n’a pas été ouvert, car il pourrait épuiser la mémoire.</translation>
    </message>
    <message>
        <source>The picture has %1 megapixels, more than the %2 this format can be opened with safely. Saved as a standard JPEG, it can be imported.</source>
        <translation>L’image compte %1 mégapixels, plus que les %2 avec lesquels ce format peut être ouvert sans risque. Enregistrée en JPEG standard, elle peut être importée.</translation>
    </message>
    <message>
        <source>The picture is too large to open safely (more than %1 megapixels).</source>
        <translation>L’image est trop grande pour être ouverte sans risque (plus de %1 mégapixels).</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
    <message>
        <source>The file could not be recorded in the database; nothing was kept.</source>
        <translation>Le fichier n’a pas pu être enregistré dans la base ; rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>Le fichier n’a pas pu être importé.</translation>
    </message>
    <message>
        <source>Instagram (feed)</source>
        <translation>Instagram (fil)</translation>
    </message>
    <message>
        <source>Instagram (story)</source>
        <translation>Instagram (story)</translation>
    </message>
    <message>
        <source>Instagram (reel)</source>
        <translation>Instagram (reel)</translation>
    </message>
    <message>
        <source>%1 does not take this kind of file here (%2)</source>
        <translation>%1 n’accepte pas ce type de fichier ici (%2)</translation>
    </message>
    <message>
        <source>%1 does not take %2 files (it takes %3)</source>
        <translation>%1 n’accepte pas les fichiers %2 (il accepte %3)</translation>
    </message>
    <message>
        <source>the file weighs %1; %2 takes at most %3</source>
        <translation>le fichier pèse %1 ; %2 accepte au plus %3</translation>
    </message>
    <message>
        <source>the file weighs %1; %2 needs at least %3</source>
        <translation>le fichier pèse %1 ; %2 demande au moins %3</translation>
    </message>
    <message>
        <source>the picture is too tall (%1); %2 goes down to %3</source>
        <translation>l’image est trop haute (%1) ; %2 descend jusqu’à %3</translation>
    </message>
    <message>
        <source>the picture is too wide (%1); %2 goes up to %3</source>
        <translation>l’image est trop large (%1) ; %2 monte jusqu’à %3</translation>
    </message>
    <message>
        <source>%1 px wide</source>
        <translation>%1 px de large</translation>
    </message>
    <message>
        <source>it is %1; %2 needs at least %3</source>
        <translation>elle mesure %1 ; %2 demande au moins %3</translation>
    </message>
    <message>
        <source>it lasts %1; %2 needs at least %3</source>
        <translation>elle dure %1 ; %2 demande au moins %3</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importé</numerusform>
            <numerusform>%n importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n déjà dans la bibliothèque</numerusform>
            <numerusform>%n déjà dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brought back from the trash</source>
        <translation>
            <numerusform>%n sorti de la corbeille</numerusform>
            <numerusform>%n sortis de la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged</source>
        <translation>
            <numerusform>%n endommagé</numerusform>
            <numerusform>%n endommagés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped, not media</source>
        <translation>
            <numerusform>%n ignoré, pas un média</numerusform>
            <numerusform>%n ignorés, pas des médias</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled (%1).</source>
        <translation>Import annulé (%1).</translation>
    </message>
    <message>
        <source>Import finished (%1).</source>
        <translation>Import terminé (%1).</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Rien à importer.</translation>
    </message>
    <message>
        <source>the picture is damaged: it cannot be read to the end. It was kept in the library; import it again from a good copy.</source>
        <translation>l’image est endommagée : elle ne peut pas être lue jusqu’au bout. Elle a été gardée dans la bibliothèque ; importez-la de nouveau depuis une copie intacte.</translation>
    </message>
    <message>
        <source>The folder holds too many files: only the first %1 were looked at.</source>
        <translation>Le dossier contient trop de fichiers : seuls les %1 premiers ont été examinés.</translation>
    </message>
    <message>
        <source>it lasts %1; %2 takes at most %3</source>
        <translation>elle dure %1 ; %2 accepte au plus %3</translation>
    </message>
    <message>
        <source>proportions %1 instead of the recommended %2: shown cropped or with bars</source>
        <translation>proportions %1 au lieu du %2 conseillé : affichage recadré ou avec des bandes</translation>
    </message>
    <message>
        <source>narrower than the recommended %1 px: it may look blurry</source>
        <translation>moins large que les %1 px conseillés : le rendu peut être flou</translation>
    </message>
    <message>
        <source>longer than %1: it will be posted as several parts</source>
        <translation>plus de %1 : elle sera publiée en plusieurs parties</translation>
    </message>
    <message>
        <source>pixel size unknown: proportions not checked</source>
        <translation>taille en pixels inconnue : proportions non vérifiées</translation>
    </message>
    <message>
        <source>duration unknown: length not checked</source>
        <translation>durée inconnue : longueur non vérifiée</translation>
    </message>
    <message>
        <source>%1: fits</source>
        <translation>%1 : convient</translation>
    </message>
    <message>
        <source>%1: does not fit, because</source>
        <translation>%1 : ne convient pas, car</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Facebook group</source>
        <translation>Groupe Facebook</translation>
    </message>
    <message>
        <source>Social network account</source>
        <translation>Compte sur un réseau social</translation>
    </message>
    <message>
        <source>YouTube channel</source>
        <translation>Chaîne YouTube</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>Dead link</source>
        <translation>Lien mort</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>This page now lives at %1. Use “Update address” to follow it.</source>
        <translation>Cette page se trouve désormais à l’adresse %1. Utilisez « Mettre à jour l’adresse » pour la suivre.</translation>
    </message>
    <message>
        <source>The page no longer answers (%1).</source>
        <translation>La page ne répond plus (%1).</translation>
    </message>
    <message>
        <source>The check was not conclusive (%1): the page may only refuse robots.</source>
        <translation>La vérification n’est pas concluante (%1) : la page refuse peut-être seulement les robots.</translation>
    </message>
    <message>
        <source>The page answered normally.</source>
        <translation>La page a répondu normalement.</translation>
    </message>
    <message>
        <source>Use “Check links” to find dead or moved pages.</source>
        <translation>Utilisez « Vérifier les liens » pour repérer les pages mortes ou déplacées.</translation>
    </message>
    <message>
        <source>The server sent an empty document.</source>
        <translation>Le serveur a envoyé un document vide.</translation>
    </message>
    <message>
        <source>This address is a web page, not a feed.</source>
        <translation>Cette adresse est une page web, pas un flux.</translation>
    </message>
    <message>
        <source>The feed is damaged (not valid XML or JSON); the items already read are kept.</source>
        <translation>Le flux est endommagé (XML ou JSON non valide) ; les articles déjà récupérés sont conservés.</translation>
    </message>
    <message>
        <source>The feed is too large (over 10 MB).</source>
        <translation>Le flux est trop volumineux (plus de 10 Mo).</translation>
    </message>
    <message>
        <source>The feed declares XML entities, a known way to freeze readers: refused for safety.</source>
        <translation>Le flux déclare des entités XML, un moyen connu de bloquer les lecteurs : refusé par sécurité.</translation>
    </message>
    <message>
        <source>The site did not answer in time.</source>
        <translation>Le site n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The address redirects in a loop.</source>
        <translation>L’adresse redirige en boucle.</translation>
    </message>
    <message>
        <source>The address is not a valid web address.</source>
        <translation>L’adresse n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>This domain name does not exist (any more).</source>
        <translation>Ce nom de domaine n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Could not connect to the site (offline, or the site is down).</source>
        <translation>Connexion au site impossible (hors ligne, ou site indisponible).</translation>
    </message>
    <message>
        <source>The site answered in a way that breaks the HTTP rules.</source>
        <translation>Le site a répondu sans respecter le protocole HTTP.</translation>
    </message>
    <message>
        <source>Network error.</source>
        <translation>Erreur réseau.</translation>
    </message>
    <message>
        <source>Unexpected error while reading this feed.</source>
        <translation>Erreur inattendue pendant la lecture de ce flux.</translation>
    </message>
    <message>
        <source>The feed no longer exists at this address (error 404).</source>
        <translation>Le flux n’existe plus à cette adresse (erreur 404).</translation>
    </message>
    <message>
        <source>The site says the feed was removed for good (error 410).</source>
        <translation>Le site indique que le flux a été supprimé définitivement (erreur 410).</translation>
    </message>
    <message>
        <source>The site refuses access to the feed.</source>
        <translation>Le site refuse l’accès au flux.</translation>
    </message>
    <message>
        <source>The site asks to come back later (too many requests).</source>
        <translation>Le site demande de revenir plus tard (trop de requêtes).</translation>
    </message>
    <message>
        <source>The site has a technical problem (server error).</source>
        <translation>Le site rencontre un problème technique (erreur du serveur).</translation>
    </message>
    <message>
        <source>The site answered with an error.</source>
        <translation>Le site a répondu par une erreur.</translation>
    </message>
    <message>
        <source>The local file of this feed no longer exists.</source>
        <translation>Le fichier local de ce flux n’existe plus.</translation>
    </message>
    <message>
        <source>The local file of this feed cannot be read.</source>
        <translation>Le fichier local de ce flux est illisible.</translation>
    </message>
    <message>
        <source>Not a web address.</source>
        <translation>Ce n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>The feed could not be refreshed.</source>
        <translation>Le flux n’a pas pu être actualisé.</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>Enter a web address.</source>
        <translation>Saisissez une adresse web.</translation>
    </message>
    <message>
        <source>This address is far too long to be a web page.</source>
        <translation>Cette adresse est bien trop longue pour être celle d’une page web.</translation>
    </message>
    <message>
        <source>The address contains invisible control characters.</source>
        <translation>L’adresse contient des caractères de contrôle invisibles.</translation>
    </message>
    <message>
        <source>Only web addresses (http or https) can be added.</source>
        <translation>Seules les adresses web (http ou https) peuvent être ajoutées.</translation>
    </message>
    <message>
        <source>The address has no site name.</source>
        <translation>L’adresse ne contient pas de nom de site.</translation>
    </message>
    <message>
        <source>The site name is not valid.</source>
        <translation>Le nom du site n’est pas valide.</translation>
    </message>
    <message>
        <source>The port number is not valid.</source>
        <translation>Le numéro de port n’est pas valide.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Ce n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>This file is not a bookmark file (HTML exported by a browser).</source>
        <translation>Ce fichier n’est pas un fichier de favoris (HTML exporté par un navigateur).</translation>
    </message>
    <message>
        <source>This file is too large to be imported.</source>
        <translation>Ce fichier est trop volumineux pour être importé.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Ce fichier est vide.</translation>
    </message>
    <message>
        <source>This file is not a valid OPML subscription list (not XML).</source>
        <translation>Ce fichier n’est pas une liste d’abonnements OPML valide (pas du XML).</translation>
    </message>
    <message>
        <source>This XML file is not an OPML subscription list.</source>
        <translation>Ce fichier XML n’est pas une liste d’abonnements OPML.</translation>
    </message>
    <message>
        <source>This file declares XML entities and was refused for safety.</source>
        <translation>Ce fichier déclare des entités XML : il a été refusé par sécurité.</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n doublon ignoré</numerusform>
            <numerusform>%n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (not web addresses).</source>
        <translation>
            <numerusform>%n ignoré (pas une adresse web).</numerusform>
            <numerusform>%n ignorés (pas des adresses web).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (title)</source>
        <translation>%1 (titre)</translation>
    </message>
    <message>
        <source>%1 (description)</source>
        <translation>%1 (description)</translation>
    </message>
    <message>
        <source>Links count as 23 characters, emoji as 2.</source>
        <translation>Un lien compte pour 23 caractères, un émoji pour 2.</translation>
    </message>
    <message>
        <source>Links count as 23 characters; @name@server counts as @name.</source>
        <translation>Un lien compte pour 23 caractères ; @nom@serveur compte comme @nom.</translation>
    </message>
    <message>
        <source>Links count as Bluesky shortens them.</source>
        <translation>Les liens comptent tels que Bluesky les raccourcit.</translation>
    </message>
    <message>
        <source>An emoji counts as several characters (its size in bytes).</source>
        <translation>Un émoji compte pour plusieurs caractères (sa taille en octets).</translation>
    </message>
    <message>
        <source>An emoji counts as 2 characters.</source>
        <translation>Un émoji compte pour 2 caractères.</translation>
    </message>
    <message>
        <source>Counted in bytes: an accented letter counts as 2, an emoji as 4.</source>
        <translation>Compté en octets : une lettre accentuée compte pour 2, un émoji pour 4.</translation>
    </message>
    <message>
        <source>%1: too long by %2 (limit %3).</source>
        <translation>%1 : %2 de trop (limite %3).</translation>
    </message>
    <message>
        <source>%1: the text weighs %2 bytes, more than the %3 allowed.</source>
        <translation>%1 : le texte pèse %2 octets, plus que les %3 autorisés.</translation>
    </message>
    <message>
        <source>%1: %2 hashtags, %3 at most.</source>
        <translation>%1 : %2 hashtags, %3 au maximum.</translation>
    </message>
    <message>
        <source>%1: %2 links, %3 at most.</source>
        <translation>%1 : %2 liens, %3 au maximum.</translation>
    </message>
    <message>
        <source>%1 refuses the characters %2: remove the highlighted ones.</source>
        <translation>%1 refuse les caractères %2 : supprimez ceux qui sont surlignés.</translation>
    </message>
    <message>
        <source>%1 refuses some invisible characters in the text: remove the highlighted ones.</source>
        <translation>%1 refuse certains caractères invisibles du texte : supprimez ceux qui sont surlignés.</translation>
    </message>
    <message>
        <source>%1: this text breaks a rule of the network.</source>
        <translation>%1 : ce texte enfreint une règle du réseau.</translation>
    </message>
    <message>
        <source>links %1/%2</source>
        <translation>liens %1/%2</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>Il reste %1.</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Utilisés récemment</translation>
    </message>
    <message>
        <source>Smileys</source>
        <translation>Smileys</translation>
    </message>
    <message>
        <source>Gestures and people</source>
        <translation>Gestes et personnes</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Nourriture et boissons</translation>
    </message>
    <message>
        <source>Celebrations</source>
        <translation>Fêtes</translation>
    </message>
    <message>
        <source>Nature and weather</source>
        <translation>Nature et météo</translation>
    </message>
    <message>
        <source>Objects and business</source>
        <translation>Objets et commerce</translation>
    </message>
    <message>
        <source>Hearts, arrows and symbols</source>
        <translation>Cœurs, flèches et symboles</translation>
    </message>
    <message>
        <source>rights expired</source>
        <translation>droits expirés</translation>
    </message>
    <message>
        <source>rights end today</source>
        <translation>droits échus aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>rights end in %n day(s)</source>
        <translation>
            <numerusform>droits échus dans %n jour</numerusform>
            <numerusform>droits échus dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>This data folder is already open elsewhere</source>
        <translation>Ce dossier de données est déjà ouvert ailleurs</translation>
    </message>
    <message>
        <source>Another CM Toolbox, or a backup or restore command, is using the data folder %1. Close it, then start CM Toolbox again. Nothing was changed.</source>
        <translation>Un autre CM Toolbox, ou une commande de sauvegarde ou de restauration, utilise le dossier de données %1. Fermez-le, puis relancez CM Toolbox. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Held by: %1</source>
        <translation>Utilisé par : %1</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>non planifié</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Created from a feed item</source>
        <translation>Créé depuis un article de flux</translation>
    </message>
    <message>
        <source>Created from the press review</source>
        <translation>Créé depuis la revue de presse</translation>
    </message>
    <message>
        <source>Created from the quick composer</source>
        <translation>Créé depuis la rédaction rapide</translation>
    </message>
    <message>
        <source>Created as a copy</source>
        <translation>Créé par duplication</translation>
    </message>
    <message>
        <source>Draft created</source>
        <translation>Brouillon créé</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Statut : %1 → %2</translation>
    </message>
    <message>
        <source>Sent to the client for approval</source>
        <translation>Envoyé au client pour validation</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Validé par %1</translation>
    </message>
    <message>
        <source>Changes requested by %1</source>
        <translation>Modifications demandées par %1</translation>
    </message>
    <message>
        <source>Published on %1</source>
        <translation>Publié sur %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Publication on %1 withdrawn</source>
        <translation>Publication sur %1 annulée</translation>
    </message>
    <message>
        <source>Publication withdrawn</source>
        <translation>Publication annulée</translation>
    </message>
    <message>
        <source>Replanned: %1 → %2</source>
        <translation>Replanifié : %1 → %2</translation>
    </message>
    <message>
        <source>Comment by %1:</source>
        <translation>Commentaire de %1 :</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>%1: no format rules known yet, not checked</source>
        <translation>%1 : règles de format encore inconnues, non vérifié</translation>
    </message>
    <message>
        <source>Hashtag sets</source>
        <translation>Jeux de hashtags</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Calls to action</source>
        <translation>Appels à l’action</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>As shown on the profile</source>
        <translation>Tel qu’affiché sur le profil</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the profile in your browser</source>
        <translation>Ouvrir le profil dans votre navigateur</translation>
    </message>
    <message>
        <source>E-mail address or user name used to sign in</source>
        <translation>Adresse e-mail ou identifiant de connexion</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the login (Ctrl+B)</source>
        <translation>Copier l’identifiant (Ctrl+B)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Pseudo :</translation>
    </message>
    <message>
        <source>&amp;Profile address:</source>
        <translation>A&amp;dresse du profil :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Which phone or app receives the codes, where the backup codes are kept… Never the codes themselves.</source>
        <translation>Quel téléphone ou quelle application reçoit les codes, où sont rangés les codes de secours… Jamais les codes eux-mêmes.</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Double authentification</translation>
    </message>
    <message>
        <source>Set it when this account allows longer posts (a Mastodon server’s limit, X Premium).</source>
        <translation>À renseigner quand ce compte autorise des publications plus longues (limite d’un serveur Mastodon, X Premium).</translation>
    </message>
    <message>
        <source>#BrandName #City</source>
        <translation>#NomDeLaMarque #Ville</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>N&amp;etwork:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom a&amp;ffiché :</translation>
    </message>
    <message>
        <source>Character li&amp;mit:</source>
        <translation>&amp;Limite de caractères :</translation>
    </message>
    <message>
        <source>Default hashta&amp;gs:</source>
        <translation>&amp;Hashtags par défaut :</translation>
    </message>
    <message>
        <source>Who else has access, recovery e-mail, billing…</source>
        <translation>Qui d’autre a l’accès, e-mail de récupération, facturation…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Network default (%1)</source>
        <translation>Par défaut du réseau (%1)</translation>
    </message>
    <message>
        <source>Network default</source>
        <translation>Par défaut du réseau</translation>
    </message>
    <message>
        <source>name@server, e.g. boulangerie@mastodon.social</source>
        <translation>nom@serveur, par ex. boulangerie@mastodon.social</translation>
    </message>
    <message>
        <source>@name</source>
        <translation>@nom</translation>
    </message>
    <message>
        <source>Page or user name</source>
        <translation>Nom de la page ou de l’utilisateur</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Aucun compte sélectionné</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Accounts of the current client</source>
        <translation>Comptes du client actuel</translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>“%1” saved.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Enter at least a handle, a display name or a login.</source>
        <translation>Saisissez au moins un pseudo, un nom affiché ou un identifiant.</translation>
    </message>
    <message>
        <source>A handle cannot contain spaces.</source>
        <translation>Un pseudo ne peut pas contenir d’espace.</translation>
    </message>
    <message>
        <source>This client already has this account on this network.</source>
        <translation>Ce client a déjà ce compte sur ce réseau.</translation>
    </message>
    <message>
        <source>The profile address is not a valid web address.</source>
        <translation>L’adresse du profil n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>Too many default hashtags (30 at most).</source>
        <translation>Trop de hashtags par défaut (30 au maximum).</translation>
    </message>
    <message>
        <source>Every password or token needs a name.</source>
        <translation>Chaque mot de passe ou jeton doit avoir un nom.</translation>
    </message>
    <message>
        <source>Two secrets of this account have the same name.</source>
        <translation>Deux secrets de ce compte portent le même nom.</translation>
    </message>
    <message>
        <source>A secret name is too long.</source>
        <translation>Le nom d’un secret est trop long.</translation>
    </message>
    <message>
        <source>Too many secrets for one account.</source>
        <translation>Trop de secrets pour un seul compte.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Cette valeur n’est pas valide.</translation>
    </message>
    <message>
        <source>The keyring is not available, so the password or token you typed was not saved (nothing else was). Save again once it works, or clear the value to save the rest of the account.</source>
        <translation>Le trousseau n’est pas disponible : le mot de passe ou le jeton saisi n’a pas été enregistré (rien d’autre ne l’a été). Enregistrez de nouveau quand il fonctionnera, ou effacez la valeur pour enregistrer le reste du compte.</translation>
    </message>
    <message>
        <source>Save changes to account “%1”?</source>
        <translation>Enregistrer les modifications du compte « %1 » ?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don’t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Do&amp;n’t save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Save changes to account “%1” before closing?</source>
        <translation>Enregistrer les modifications du compte « %1 » avant de fermer ?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>“%1” cannot be saved as it is.</source>
        <translation>« %1 » ne peut pas être enregistré en l’état.</translation>
    </message>
    <message>
        <source>Correct it and save, or close and lose these changes.</source>
        <translation>Corrigez-le puis enregistrez, ou fermez en perdant ces modifications.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>“%1” moved to the trash; its passwords stay in the keyring</source>
        <translation>« %1 » mis à la corbeille ; ses mots de passe restent dans le trousseau</translation>
    </message>
    <message>
        <source>“%1” restored</source>
        <translation>« %1 » restauré</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Delete “%1” permanently?</source>
        <translation>Supprimer définitivement « %1 » ?</translation>
    </message>
    <message>
        <source>Its passwords and tokens are also deleted from the system keyring. This cannot be undone.</source>
        <translation>Ses mots de passe et jetons sont aussi supprimés du trousseau du système. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Account deleted. Its secrets will be removed from the keyring when it is available again.</source>
        <translation>Compte supprimé. Ses secrets seront retirés du trousseau dès qu’il sera de nouveau disponible.</translation>
    </message>
    <message numerus="yes">
        <source>Account deleted, with %n secret(s) removed from the keyring.</source>
        <translation>
            <numerusform>Compte supprimé ; %n secret retiré du trousseau.</numerusform>
            <numerusform>Compte supprimé ; %n secrets retirés du trousseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Archiver le client</translation>
    </message>
    <message>
        <source>“%1” has accounts with passwords or tokens in the system keyring (%2).</source>
        <translation>« %1 » a des comptes avec des mots de passe ou des jetons dans le trousseau du système (%2).</translation>
    </message>
    <message>
        <source>Keep them if you may work for this client again: unarchiving brings everything back. Or delete the passwords and tokens from the keyring now; the accounts themselves (handles, logins, notes) are kept.</source>
        <translation>Gardez-les si vous êtes susceptible de retravailler pour ce client : le désarchiver rétablit tout. Ou supprimez dès maintenant les mots de passe et jetons du trousseau ; les comptes eux-mêmes (pseudos, identifiants, notes) sont conservés.</translation>
    </message>
    <message>
        <source>Keep the passwords</source>
        <translation>Garder les mots de passe</translation>
    </message>
    <message>
        <source>Delete the passwords now</source>
        <translation>Supprimer les mots de passe maintenant</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>Adresse du profil</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Double authentification</translation>
    </message>
    <message>
        <source>Default hashtags</source>
        <translation>Hashtags par défaut</translation>
    </message>
    <message>
        <source>Character limit</source>
        <translation>Limite de caractères</translation>
    </message>
    <message>
        <source>Secrets in the keyring</source>
        <translation>Secrets dans le trousseau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 - accounts.csv</source>
        <translation>%1 - comptes.csv</translation>
    </message>
    <message>
        <source>Export the list of accounts</source>
        <translation>Exporter la liste des comptes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) exported to %1.</source>
        <translation>
            <numerusform>%n compte exporté dans %1.</numerusform>
            <numerusform>%n comptes exportés dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;Nouveau compte</translation>
    </message>
    <message>
        <source>New account (Ctrl+N)</source>
        <translation>Nouveau compte (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter accounts (Ctrl+F)</source>
        <translation>Filtrer les comptes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the &amp;trash</source>
        <translation>Afficher la &amp;corbeille</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <source>Save the list of accounts as a CSV file, for a hand-over. Passwords are never included.</source>
        <translation>Enregistrer la liste des comptes dans un fichier CSV, pour une passation. Les mots de passe n’y figurent jamais.</translation>
    </message>
    <message>
        <source>Create or choose a client to record their social accounts.</source>
        <translation>Créez ou choisissez un client pour enregistrer ses comptes sur les réseaux sociaux.</translation>
    </message>
    <message>
        <source>New &amp;account</source>
        <translation>Nouveau &amp;compte</translation>
    </message>
    <message>
        <source>The trash holds no accounts of %1.</source>
        <translation>La corbeille ne contient aucun compte de %1.</translation>
    </message>
    <message>
        <source>No account matches the filter.</source>
        <translation>Aucun compte ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No accounts yet for %1.
Add one with New account (Ctrl+N).</source>
        <translation>Pas encore de compte pour %1.
Ajoutez-en un avec Nouveau compte (Ctrl+N).</translation>
    </message>
    <message>
        <source>Choose a deleted account to restore it, or to delete it permanently with its passwords.</source>
        <translation>Choisissez un compte supprimé pour le restaurer, ou pour le supprimer définitivement avec ses mots de passe.</translation>
    </message>
    <message>
        <source>Choose an account in the list, or add the client’s Instagram, Facebook, LinkedIn… with New account.</source>
        <translation>Choisissez un compte dans la liste, ou ajoutez l’Instagram, le Facebook, le LinkedIn… du client avec Nouveau compte.</translation>
    </message>
    <message>
        <source>Accounts of %1</source>
        <translation>Comptes de %1</translation>
    </message>
    <message>
        <source>Trash: accounts of %1</source>
        <translation>Corbeille : comptes de %1</translation>
    </message>
    <message>
        <source>new account</source>
        <translation>nouveau compte</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Record the client's answer</source>
        <translation>Enregistrer la réponse du client</translation>
    </message>
    <message>
        <source>Tick what the client answered for each post. Approved posts become “Approved”; posts with changes requested go back to “Draft” with the client's words in their history.</source>
        <translation>Cochez la réponse du client pour chaque publication. Les publications validées passent en « Validé » ; celles avec des modifications demandées reviennent en « Brouillon », avec les mots du client dans leur historique.</translation>
    </message>
    <message>
        <source>Who answered, at the client's</source>
        <translation>Qui a répondu, chez le client</translation>
    </message>
    <message>
        <source>Answered by:</source>
        <translation>Réponse de :</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Le :</translation>
    </message>
    <message>
        <source>All approved</source>
        <translation>Tout est validé</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>proof sent on %1</source>
        <translation>BAT envoyé le %1</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>The client's words (what to change, or their comment)</source>
        <translation>Les mots du client (ce qu’il faut changer, ou son commentaire)</translation>
    </message>
</context>
<context>
    <name>BacklinksPanel</name>
    <message>
        <source>Notes linking here</source>
        <translation>Notes qui renvoient ici</translation>
    </message>
    <message numerus="yes">
        <source>Linked from %n note(s)</source>
        <translation>
            <numerusform>Citée dans %n note</numerusform>
            <numerusform>Citée dans %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>No note links here yet. Type [[%1]] in another note to link it.</source>
        <translation>Aucune note ne renvoie ici pour l’instant. Tapez [[%1]] dans une autre note pour créer un lien.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Backlinks</source>
        <translation>Rétroliens</translation>
    </message>
    <message>
        <source>Open a note to see which notes link to it.</source>
        <translation>Ouvrez une note pour voir quelles notes y renvoient.</translation>
    </message>
</context>
<context>
    <name>BatFlow</name>
    <message>
        <source>The proof was not saved</source>
        <translation>Le BAT n’a pas été enregistré</translation>
    </message>
    <message>
        <source>A selected draft no longer exists.</source>
        <translation>Un des brouillons sélectionnés n’existe plus.</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Proof (*.html *.pdf)</source>
        <translation>BAT (*.html *.pdf)</translation>
    </message>
    <message>
        <source>Save the proof as</source>
        <translation>Enregistrer le BAT sous</translation>
    </message>
    <message>
        <source>Proof saved: %1</source>
        <translation>BAT enregistré : %1</translation>
    </message>
    <message>
        <source>Preparing the proof…</source>
        <translation>Préparation du BAT…</translation>
    </message>
    <message>
        <source>Proof saved</source>
        <translation>BAT enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n post(s) as sent to the client for approval?</source>
        <translation>
            <numerusform>Marquer la publication comme envoyée au client pour validation ?</numerusform>
            <numerusform>Marquer les %n publications comme envoyées au client pour validation ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their status becomes “To approve” and their history keeps the exact text sent. Edit ▸ Undo puts them back.</source>
        <translation>Leur statut devient « À valider » et leur historique garde le texte exact envoyé. Édition ▸ Annuler les remet comme avant.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>BAT sent: %1</source>
        <translation>BAT envoyé : %1</translation>
    </message>
    <message>
        <source>Proof sent for approval</source>
        <translation>BAT envoyé pour validation</translation>
    </message>
    <message>
        <source>Not marked as sent</source>
        <translation>Non marqué comme envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) waiting for the client's approval.</source>
        <translation>
            <numerusform>%n publication en attente de validation par le client.</numerusform>
            <numerusform>%n publications en attente de validation par le client.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client's answers</source>
        <translation>Réponses du client</translation>
    </message>
    <message>
        <source>The answers were not recorded</source>
        <translation>Les réponses n’ont pas été enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n validée</numerusform>
            <numerusform>%n validées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with changes requested</source>
        <translation>
            <numerusform>%n avec modifications demandées</numerusform>
            <numerusform>%n avec modifications demandées</numerusform>
        </translation>
    </message>
    <message>
        <source>Client's answers recorded: %1.</source>
        <translation>Réponses du client enregistrées : %1.</translation>
    </message>
</context>
<context>
    <name>BatTexts</name>
    <message>
        <source>Proof for approval</source>
        <translation>Bon à tirer (BAT)</translation>
    </message>
    <message>
        <source>Each post is shown as it will appear on its network. Please read them, tick your answer in the box under each post and add your comments.</source>
        <translation>Chaque publication est présentée telle qu’elle apparaîtra sur son réseau. Merci de les relire, de cocher votre réponse dans le cadre sous chaque publication et d’ajouter vos commentaires.</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Préparé par %1</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Envoyé le %1</translation>
    </message>
    <message>
        <source>Posts in this proof</source>
        <translation>Publications de ce BAT</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>Pas encore planifiée</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Planifié le %1</translation>
    </message>
    <message>
        <source>%1 (%2 time)</source>
        <translation>%1 (heure de %2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Networks: %1</source>
        <translation>Réseaux : %1</translation>
    </message>
    <message>
        <source>… see more</source>
        <translation>… voir plus</translation>
    </message>
    <message>
        <source>Shown after “see more”:</source>
        <translation>Affiché après « voir plus » :</translation>
    </message>
    <message>
        <source>Thread of %1 posts</source>
        <translation>Fil de %1 publications</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(pas de texte)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Picture missing from the library</source>
        <translation>Image absente de la médiathèque</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Commentaires :</translation>
    </message>
    <message>
        <source>Name and date:</source>
        <translation>Nom et date :</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>BookmarkImportDialog</name>
    <message>
        <source>Import bookmarks</source>
        <translation>Importer des favoris</translation>
    </message>
    <message>
        <source>Folders become &amp;tags</source>
        <translation>Les dossiers deviennent des &amp;étiquettes</translation>
    </message>
    <message>
        <source>“%1” holds %2 in %3.</source>
        <translation>« %1 » contient %2 dans %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n favori</numerusform>
            <numerusform>%n favoris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the &amp;folders (shown in the folder list)</source>
        <translation>Garder les &amp;dossiers (affichés dans la liste des dossiers)</translation>
    </message>
    <message>
        <source>&amp;Ignore folders</source>
        <translation>&amp;Ignorer les dossiers</translation>
    </message>
    <message>
        <source>Tags and dates saved by the browser are kept. Addresses you already have are skipped.</source>
        <translation>Les étiquettes et les dates enregistrées par le navigateur sont conservées. Les adresses que vous avez déjà sont ignorées.</translation>
    </message>
    <message>
        <source>Folders:</source>
        <translation>Dossiers :</translation>
    </message>
    <message>
        <source>&amp;Kind of the imported sources:</source>
        <translation>&amp;Type des sources importées :</translation>
    </message>
    <message>
        <source>Import these bookmarks</source>
        <translation>Importer ces favoris</translation>
    </message>
</context>
<context>
    <name>CalendarController</name>
    <message>
        <source>Draft moved to %1</source>
        <translation>Brouillon déplacé au %1</translation>
    </message>
    <message>
        <source>Draft moved to %1, %2</source>
        <translation>Brouillon déplacé au %1, %2</translation>
    </message>
    <message>
        <source>Draft taken off the calendar</source>
        <translation>Brouillon retiré du calendrier</translation>
    </message>
    <message>
        <source>Key date added</source>
        <translation>Date clé ajoutée</translation>
    </message>
    <message>
        <source>Key date changed</source>
        <translation>Date clé modifiée</translation>
    </message>
    <message>
        <source>Key date deleted</source>
        <translation>Date clé supprimée</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>%1 - calendar.ics</source>
        <translation>%1 - calendrier.ics</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 - drafts.csv</source>
        <translation>%1 - brouillons.csv</translation>
    </message>
    <message>
        <source>Export the drafts</source>
        <translation>Exporter les brouillons</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous month or week</source>
        <translation>Mois ou semaine précédents</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next month or week</source>
        <translation>Mois ou semaine suivants</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>A&amp;ujourd’hui</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Revenir à aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>Month view</source>
        <translation>Vue mois</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>Vue semaine</translation>
    </message>
    <message>
        <source>&amp;All clients</source>
        <translation>Tous &amp;les clients</translation>
    </message>
    <message>
        <source>Show the posts of every client, each edged with the client's colour</source>
        <translation>Afficher les publications de tous les clients, chacune bordée de la couleur de son client</translation>
    </message>
    <message>
        <source>Calendar file (.&amp;ics)…</source>
        <translation>Fichier de calendrier (.&amp;ics)…</translation>
    </message>
    <message>
        <source>For Google Calendar, Outlook or Apple Calendar; importing again updates</source>
        <translation>Pour Google Agenda, Outlook ou Calendrier d’Apple ; une nouvelle importation met à jour</translation>
    </message>
    <message>
        <source>Spreadsheet (&amp;CSV)…</source>
        <translation>Tableur (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Colour by status</source>
        <translation>Couleur par statut</translation>
    </message>
    <message>
        <source>Colour by network</source>
        <translation>Couleur par réseau</translation>
    </message>
    <message>
        <source>Show all statuses</source>
        <translation>Afficher tous les statuts</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export the planned posts of the client shown (or of every client)</source>
        <translation>Exporter les publications planifiées du client affiché (ou de tous les clients)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Statuses: %1 of %2</source>
        <translation>Statuts : %1 sur %2</translation>
    </message>
    <message>
        <source>Show only some statuses</source>
        <translation>N’afficher que certains statuts</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Choose a client, or show all clients.</source>
        <translation>Choisissez un client, ou affichez tous les clients.</translation>
    </message>
    <message>
        <source>Times shown in %1</source>
        <translation>Heures affichées en %1</translation>
    </message>
    <message>
        <source>&amp;Open “%1”</source>
        <translation>&amp;Ouvrir « %1 »</translation>
    </message>
    <message>
        <source>&amp;Take off the calendar</source>
        <translation>&amp;Retirer du calendrier</translation>
    </message>
    <message>
        <source>Add a &amp;key date on %1…</source>
        <translation>Ajouter une date &amp;clé le %1…</translation>
    </message>
    <message>
        <source>&amp;Edit “%1”…</source>
        <translation>&amp;Modifier « %1 »…</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”</source>
        <translation>&amp;Supprimer « %1 »</translation>
    </message>
    <message>
        <source>Show this &amp;week</source>
        <translation>Afficher cette &amp;semaine</translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <source>Add to the review →</source>
        <translation>Ajouter à la revue →</translation>
    </message>
    <message>
        <source>Add the selected items (Ctrl+Return or double-click)</source>
        <translation>Ajouter les éléments sélectionnés (Ctrl+Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Star items in the Feeds tab (S) or sources in the Sources tab (Ctrl+D): they appear here.</source>
        <translation>Mettez une étoile aux articles dans l’onglet Flux (S) ou aux sources dans l’onglet Sources (Ctrl+D) : ils apparaissent ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Starred, not yet in the review&lt;/b&gt;</source>
        <translation>&lt;b&gt;Étoilés, pas encore dans la revue&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CheckMenu</name>
    <message>
        <source>Delete it</source>
        <translation>Le supprimer</translation>
    </message>
    <message>
        <source>A space</source>
        <translation>Une espace</translation>
    </message>
    <message>
        <source>A no-break space</source>
        <translation>Une espace insécable</translation>
    </message>
    <message>
        <source>A narrow no-break space</source>
        <translation>Une espace fine insécable</translation>
    </message>
    <message>
        <source>%1 (with a no-break space)</source>
        <translation>%1 (avec une espace insécable)</translation>
    </message>
    <message>
        <source>Ignore once</source>
        <translation>Ignorer une fois</translation>
    </message>
    <message>
        <source>Stop flagging this here until the text is closed</source>
        <translation>Ne plus le signaler ici jusqu’à la fermeture du texte</translation>
    </message>
    <message>
        <source>Always ignore (texts of no client)</source>
        <translation>Toujours ignorer (textes sans client)</translation>
    </message>
    <message>
        <source>Never flag this wording again in notes and drafts of no client</source>
        <translation>Ne plus jamais signaler cette tournure dans les notes et brouillons sans client</translation>
    </message>
    <message>
        <source>Always ignore (this client)</source>
        <translation>Toujours ignorer (ce client)</translation>
    </message>
    <message>
        <source>Never flag this wording again in this client's texts</source>
        <translation>Ne plus jamais signaler cette tournure dans les textes de ce client</translation>
    </message>
    <message>
        <source>Stop checking typography on %1 (this client)</source>
        <translation>Ne plus vérifier la typographie sur %1 (ce client)</translation>
    </message>
    <message>
        <source>Stop checking typography for this client</source>
        <translation>Ne plus vérifier la typographie pour ce client</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
    <message>
        <source>Accept this word for the current client from now on</source>
        <translation>Accepter désormais ce mot pour le client en cours</translation>
    </message>
    <message>
        <source>Add to the dictionary of every client</source>
        <translation>Ajouter au dictionnaire de tous les clients</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorer « %1 »</translation>
    </message>
    <message>
        <source>Stop flagging this word in this editor until it is closed</source>
        <translation>Ne plus signaler ce mot dans cet éditeur jusqu’à sa fermeture</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
</context>
<context>
    <name>ClientLanguagesButton</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Client languages: %1</source>
        <translation>Langues du client : %1</translation>
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
    <message>
        <source>Client renamed</source>
        <translation>Client renommé</translation>
    </message>
    <message>
        <source>Client archived</source>
        <translation>Client archivé</translation>
    </message>
    <message>
        <source>Client unarchived</source>
        <translation>Client désarchivé</translation>
    </message>
</context>
<context>
    <name>CounterBar</name>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Choose the networks to count for</source>
        <translation>Choisir les réseaux à compter</translation>
    </message>
    <message>
        <source>Choose one or more networks to see their counters.</source>
        <translation>Choisissez un ou plusieurs réseaux pour voir leurs compteurs.</translation>
    </message>
    <message>
        <source>Hashtags: %1 · Mentions: %2 · Links: %3</source>
        <translation>Hashtags : %1 · Mentions : %2 · Liens : %3</translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>Choose or create a client first.</source>
        <translation>Choisissez ou créez d’abord un client.</translation>
    </message>
    <message>
        <source>The feeds are being refreshed.</source>
        <translation>Les flux sont en cours d’actualisation.</translation>
    </message>
    <message>
        <source>No feed to refresh: subscribe to feeds in Sources ▸ Feeds.</source>
        <translation>Aucun flux à actualiser : abonnez-vous à des flux dans Sources ▸ Flux.</translation>
    </message>
    <message>
        <source>Refreshing the feeds…</source>
        <translation>Actualisation des flux…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>This client</source>
        <translation>Ce client</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>The current client's records (with the shared ones), or every client's</source>
        <translation>Les éléments du client actuel (et ceux partagés), ou ceux de tous les clients</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>A&amp;ujourd’hui</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Cette &amp;semaine</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Actualiser le tableau de bord</translation>
    </message>
    <message>
        <source>Refresh the dashboard (F5)</source>
        <translation>Actualiser le tableau de bord (F5)</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Nouvelle &amp;note</translation>
    </message>
    <message>
        <source>New &amp;draft</source>
        <translation>Nouveau &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Refresh feeds</source>
        <translation>Ac&amp;tualiser les flux</translation>
    </message>
    <message>
        <source>&amp;Add a source…</source>
        <translation>Ajouter une s&amp;ource…</translation>
    </message>
    <message>
        <source>Write a note in the Notebook</source>
        <translation>Écrire une note dans le Carnet</translation>
    </message>
    <message>
        <source>Start a post in Drafts</source>
        <translation>Commencer une publication dans Brouillons</translation>
    </message>
    <message>
        <source>Fetch the new items of the client's feeds</source>
        <translation>Récupérer les nouveaux articles des flux du client</translation>
    </message>
    <message>
        <source>Bookmark a blog, a group, a competitor…</source>
        <translation>Enregistrer un blog, un groupe, un concurrent…</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <source>Create or choose a client in the sidebar to see their week here, or show all clients.</source>
        <translation>Créez ou choisissez un client dans la barre latérale pour voir sa semaine ici, ou affichez tous les clients.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>CM Toolbox backups (*%1)</source>
        <translation>Sauvegardes CM Toolbox (*%1)</translation>
    </message>
    <message>
        <source>Back up all data</source>
        <translation>Sauvegarder toutes les données</translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation>Sauvegarde de vos données…</translation>
    </message>
    <message>
        <source>Backup cancelled: nothing was written.</source>
        <translation>Sauvegarde annulée : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The backup could not be written (%1). Your data is unchanged; try another folder or free some disk space.</source>
        <translation>La sauvegarde n’a pas pu être écrite (%1). Vos données sont intactes ; essayez un autre dossier ou libérez de la place sur le disque.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 library files).</source>
        <translation>Sauvegardé dans %1 (%2 fichiers de la bibliothèque).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>CM Toolbox backups (*%1);;All files (*)</source>
        <translation>Sauvegardes CM Toolbox (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>%1 is not a complete CM Toolbox backup (%2). Nothing was changed.</source>
        <translation>%1 n’est pas une sauvegarde CM Toolbox complète (%2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Cette sauvegarde ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Nothing was changed.</source>
        <translation>%1 n’a pas pu être lu (%2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <source>The backup of %1 (CM Toolbox %2, %3 library files) will replace all current data. The current data is kept aside in the data folder. CM Toolbox restarts to finish.</source>
        <translation>La sauvegarde du %1 (CM Toolbox %2, %3 fichiers de la bibliothèque) remplacera toutes les données actuelles. Les données actuelles sont mises de côté dans le dossier de données. CM Toolbox redémarre pour terminer.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export %1 only, or every client?</source>
        <translation>Exporter seulement %1, ou tous les clients ?</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Export into which folder?</source>
        <translation>Exporter dans quel dossier ?</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>The export could not be written (%1).</source>
        <translation>L’export n’a pas pu être écrit (%1).</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source>End of contract</source>
        <translation>Fin de contrat</translation>
    </message>
    <message>
        <source>Everything of %1 will be exported, then deleted for good: notes, sources, feeds, drafts, library files, accounts and their passwords. This cannot be undone.</source>
        <translation>Tout ce qui concerne %1 sera exporté, puis supprimé définitivement : notes, sources, flux, brouillons, fichiers de la bibliothèque, comptes et leurs mots de passe. C’est irréversible.</translation>
    </message>
    <message>
        <source>The export is in %1.
Type the client's name, %2, to delete it:</source>
        <translation>L’export est dans %1.
Saisissez le nom du client, %2, pour le supprimer :</translation>
    </message>
    <message>
        <source>The name did not match: nothing was deleted.</source>
        <translation>Le nom ne correspond pas : rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>%1 and all its records were deleted.</source>
        <translation>%1 et toutes ses fiches ont été supprimés.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) removed.</source>
        <translation>
            <numerusform>%n fiche supprimée.</numerusform>
            <numerusform>%n fiches supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n library file(s) removed from the disk.</source>
        <translation>
            <numerusform>%n fichier de la bibliothèque supprimé du disque.</numerusform>
            <numerusform>%n fichiers de la bibliothèque supprimés du disque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) or token(s) removed from the keyring.</source>
        <translation>
            <numerusform>%n mot de passe ou jeton retiré du trousseau.</numerusform>
            <numerusform>%n mots de passe ou jetons retirés du trousseau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayGrid</name>
    <message>
        <source>no post</source>
        <translation>aucune publication</translation>
    </message>
</context>
<context>
    <name>DictionaryDialog</name>
    <message>
        <source>Personal dictionary</source>
        <translation>Dictionnaire personnel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Words the spell checker accepts for every client.</source>
        <translation>Les mots que le correcteur accepte pour tous les clients.</translation>
    </message>
    <message>
        <source>Words the spell checker accepts for %1, and for every client. Add words from the editor: right-click an underlined word.</source>
        <translation>Les mots que le correcteur accepte pour %1, et pour tous les clients. Pour en ajouter, faites un clic droit sur un mot souligné dans l’éditeur.</translation>
    </message>
    <message>
        <source>%1 (every client)</source>
        <translation>%1 (tous les clients)</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (ignoré)</translation>
    </message>
    <message>
        <source>No words yet.</source>
        <translation>Aucun mot pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed from the dictionary</source>
        <translation>
            <numerusform>%n mot retiré du dictionnaire</numerusform>
            <numerusform>%n mots retirés du dictionnaire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoveredFeedsDialog</name>
    <message>
        <source>Choose a feed</source>
        <translation>Choisir un flux</translation>
    </message>
    <message>
        <source>%1 is a web page. It announces these feeds:</source>
        <translation>%1 est une page web. Elle propose ces flux :</translation>
    </message>
    <message>
        <source>(untitled feed)</source>
        <translation>(flux sans titre)</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>S’abonner</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Draft no longer planned</source>
        <translation>Brouillon déplanifié</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Planifié le %1</translation>
    </message>
    <message>
        <source>%1 added to the draft</source>
        <translation>%1 ajouté au brouillon</translation>
    </message>
    <message>
        <source>%1 removed from the draft</source>
        <translation>%1 retiré du brouillon</translation>
    </message>
    <message>
        <source>%1 follows the master again</source>
        <translation>%1 suit de nouveau le texte principal</translation>
    </message>
    <message>
        <source>Attach from the library</source>
        <translation>Joindre depuis la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Joindre</translation>
    </message>
    <message>
        <source>every network</source>
        <translation>tous les réseaux</translation>
    </message>
    <message>
        <source>Media of the draft changed (%1)</source>
        <translation>Médias du brouillon modifiés (%1)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Draft “%1” moved to the trash</source>
        <translation>Brouillon « %1 » mis à la corbeille</translation>
    </message>
</context>
<context>
    <name>DraftController</name>
    <message>
        <source>This draft no longer exists.</source>
        <translation>Ce brouillon n’existe plus.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The draft could not be saved; retrying in a few seconds.</source>
        <translation>Le brouillon n’a pas pu être enregistré ; nouvel essai dans quelques secondes.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modifications en cours…</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Title (for you and the calendar; not posted)</source>
        <translation>Titre (pour vous et le calendrier ; non publié)</translation>
    </message>
    <message>
        <source>Client's languages</source>
        <translation>Langues du client</translation>
    </message>
    <message>
        <source>Spell-check languages of this draft</source>
        <translation>Langues de correction de ce brouillon</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>DraftHistoryDialog</name>
    <message>
        <source>Saved on leaving the draft</source>
        <translation>Enregistré en quittant le brouillon</translation>
    </message>
    <message>
        <source>Put this version back in the draft; the current text stays in the history</source>
        <translation>Remettre cette version dans le brouillon ; le texte actuel reste dans l’historique</translation>
    </message>
</context>
<context>
    <name>DraftItemDelegate</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>DraftListActions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) moved</source>
        <translation>
            <numerusform>%n brouillon déplacé</numerusform>
            <numerusform>%n brouillons déplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) archived</source>
        <translation>
            <numerusform>%n brouillon archivé</numerusform>
            <numerusform>%n brouillons archivés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) moved to the trash</source>
        <translation>
            <numerusform>%n brouillon mis à la corbeille</numerusform>
            <numerusform>%n brouillons mis à la corbeille</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftNotesEdit</name>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>Internal notes: sources, the photographer to credit, what the client said on the phone…</source>
        <translation>Notes internes : sources, photographe à créditer, ce que le client a dit au téléphone…</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>DraftsCommands</name>
    <message>
        <source>&amp;New draft</source>
        <translation>&amp;Nouveau brouillon</translation>
    </message>
    <message>
        <source>New draft for the current client (Ctrl+N)</source>
        <translation>Nouveau brouillon pour le client actuel (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>A copy of this draft to rework</source>
        <translation>Une copie de ce brouillon à retravailler</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move this draft to the trash (Edit ▸ Undo brings it back)</source>
        <translation>Mettre ce brouillon à la corbeille (Édition ▸ Annuler le fait revenir)</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>Earlier versions of this draft (Ctrl+Shift+H)</source>
        <translation>Versions précédentes de ce brouillon (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Insert a &amp;snippet</source>
        <translation>Insérer un &amp;extrait</translation>
    </message>
    <message>
        <source>Hashtag sets, signatures, calls to action, mentions (%1)</source>
        <translation>Jeux de hashtags, signatures, appels à l’action, mentions (%1)</translation>
    </message>
    <message>
        <source>&amp;Snippets…</source>
        <translation>E&amp;xtraits…</translation>
    </message>
    <message>
        <source>Manage the client's snippets</source>
        <translation>Gérer les extraits du client</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>Deleted drafts: restore them</source>
        <translation>Brouillons supprimés : les restaurer</translation>
    </message>
    <message>
        <source>&amp;Dictionary…</source>
        <translation>&amp;Dictionnaire…</translation>
    </message>
    <message>
        <source>Words you added to the spell checker</source>
        <translation>Les mots que vous avez ajoutés au correcteur</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Rechercher dans les brouillons</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Drafts and the editor (Ctrl+Alt+1)</source>
        <translation>Les brouillons et l’éditeur (Ctrl+Alt+1)</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>The editorial calendar (Ctrl+Alt+2)</source>
        <translation>Le calendrier éditorial (Ctrl+Alt+2)</translation>
    </message>
    <message>
        <source>Export &amp;BAT…</source>
        <translation>Exporter le &amp;BAT…</translation>
    </message>
    <message>
        <source>A proof of the selected drafts for the client (HTML or PDF)</source>
        <translation>Un bon à tirer des brouillons sélectionnés pour le client (HTML ou PDF)</translation>
    </message>
    <message>
        <source>Record the client's &amp;answer…</source>
        <translation>Noter la &amp;réponse du client…</translation>
    </message>
    <message>
        <source>Approved, or changes asked, with their words</source>
        <translation>Validé, ou modifications demandées, avec ses mots</translation>
    </message>
    <message>
        <source>More actions</source>
        <extracomment>enabled only while a draft is open</extracomment>
        <translation>Plus d’actions</translation>
    </message>
</context>
<context>
    <name>DraftsListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>DraftsListPanel</name>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>List the drafts of every client, not only the current one</source>
        <translation>Lister les brouillons de tous les clients, pas seulement du client actuel</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Plus récents</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Search drafts…</source>
        <translation>Rechercher dans les brouillons…</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Rechercher dans les brouillons</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Move the selected drafts to another status</source>
        <translation>Changer le statut des brouillons sélectionnés</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Move the selected drafts to the trash (Edit ▸ Undo brings them back)</source>
        <translation>Mettre les brouillons sélectionnés à la corbeille (Édition ▸ Annuler les fait revenir)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n brouillon</numerusform>
            <numerusform>%n brouillons</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a client to see their drafts.</source>
        <translation>Choisissez un client pour voir ses brouillons.</translation>
    </message>
    <message>
        <source>No draft matches these filters.</source>
        <translation>Aucun brouillon ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No drafts yet.
Create one with Ctrl+N.</source>
        <translation>Pas encore de brouillon.
Créez-en un avec Ctrl+N.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>No draft open</source>
        <translation>Aucun brouillon ouvert</translation>
    </message>
    <message>
        <source>Pick a draft in the list, or create one with Ctrl+N.</source>
        <translation>Choisissez un brouillon dans la liste, ou créez-en un avec Ctrl+N.</translation>
    </message>
    <message>
        <source>New &amp;draft</source>
        <translation>Nouveau &amp;brouillon</translation>
    </message>
    <message>
        <source>Choose a client first: each draft belongs to a client.</source>
        <translation>Choisissez d’abord un client : chaque brouillon appartient à un client.</translation>
    </message>
    <message>
        <source>No drafts yet</source>
        <translation>Aucun brouillon pour l’instant</translation>
    </message>
    <message>
        <source>Write a post once, adapt it per network, plan it and get it approved: create a draft with Ctrl+N. Posts sent from the press review or a feed item land here too.</source>
        <translation>Écrivez une publication une fois, adaptez-la à chaque réseau, planifiez-la et faites-la valider : créez un brouillon avec Ctrl+N. Les publications envoyées depuis la revue de presse ou un article de flux arrivent ici aussi.</translation>
    </message>
    <message>
        <source>The calendar is on its way</source>
        <translation>Le calendrier arrive bientôt</translation>
    </message>
    <message>
        <source>The editorial calendar will show planned and published posts here.</source>
        <translation>Le calendrier éditorial montrera ici les publications planifiées et publiées.</translation>
    </message>
    <message>
        <source>Select the drafts to send to the client first.</source>
        <translation>Sélectionnez d’abord les brouillons à envoyer au client.</translation>
    </message>
    <message>
        <source>Proofs for the client are not available in this version yet.</source>
        <translation>Les BAT pour le client ne sont pas encore disponibles dans cette version.</translation>
    </message>
    <message>
        <source>Choose a client first: snippets belong to a client.</source>
        <translation>Choisissez d’abord un client : les extraits appartiennent à un client.</translation>
    </message>
    <message>
        <source>Spell check follows the application default (Settings): %1. Choose other languages for this client here.</source>
        <translation>Le correcteur suit le réglage par défaut de l’application (Paramètres) : %1. Choisissez ici d’autres langues pour ce client.</translation>
    </message>
    <message>
        <source>none (no spell check)</source>
        <translation>aucune (pas de correction orthographique)</translation>
    </message>
    <message>
        <source>Spell-check languages chosen for this client: %1.</source>
        <translation>Langues du correcteur choisies pour ce client : %1.</translation>
    </message>
</context>
<context>
    <name>DraftsTrashDialog</name>
    <message>
        <source>Drafts trash</source>
        <translation>Corbeille des brouillons</translation>
    </message>
    <message>
        <source>Deleted drafts</source>
        <translation>Brouillons supprimés</translation>
    </message>
    <message>
        <source>Deleted drafts stay here until you empty the trash.</source>
        <translation>Les brouillons supprimés restent ici jusqu’à ce que vous vidiez la corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) restored</source>
        <translation>
            <numerusform>%n brouillon restauré</numerusform>
            <numerusform>%n brouillons restaurés</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this draft for good, with its versions and history?</source>
        <translation>Supprimer définitivement ce brouillon, avec ses versions et son historique ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n draft(s) for good, with their versions and history?</source>
        <translation>
            <numerusform>Supprimer définitivement %n brouillon, avec ses versions et son historique ?</numerusform>
            <numerusform>Supprimer définitivement %n brouillons, avec leurs versions et leur historique ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash: delete its only draft for good?</source>
        <translation>Vider la corbeille : supprimer définitivement son seul brouillon ?</translation>
    </message>
    <message numerus="yes">
        <source>Empty the trash: delete %n draft(s) for good?</source>
        <translation>
            <numerusform>Vider la corbeille : supprimer définitivement %n brouillon ?</numerusform>
            <numerusform>Vider la corbeille : supprimer définitivement %n brouillons ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorButtons</name>
    <message>
        <source>Open login page</source>
        <translation>Page de connexion</translation>
    </message>
    <message>
        <source>Open the network’s sign-in page in your browser (Ctrl+U)</source>
        <translation>Ouvrir la page de connexion du réseau dans votre navigateur (Ctrl+U)</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>The account goes to the trash; its passwords stay in the keyring until the trash is emptied.</source>
        <translation>Le compte va à la corbeille ; ses mots de passe restent dans le trousseau jusqu’à ce que la corbeille soit vidée.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Delete permanently…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Enter the handle as name@server to open the server’s sign-in page.</source>
        <translation>Saisissez le pseudo sous la forme nom@serveur pour ouvrir la page de connexion du serveur.</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Search: coeur, pain, fête, heart…</source>
        <translation>Rechercher : cœur, pain, fête, heart…</translation>
    </message>
    <message>
        <source>No emoji found</source>
        <translation>Aucun émoji trouvé</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No emoji used yet</source>
        <translation>Aucun émoji utilisé pour l’instant</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No client selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message>
        <source>↑ Up</source>
        <translation>↑ Monter</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>↓ Descendre</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove from the review (Del); the item stays starred</source>
        <translation>Retirer de la revue (Suppr) ; l’élément garde son étoile</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Why it matters for the client’s audience (Markdown allowed)</source>
        <translation>Pourquoi c’est intéressant pour l’audience du client (Markdown accepté)</translation>
    </message>
    <message>
        <source>&lt;b&gt;In the review, in this order&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dans la revue, dans cet ordre&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Comment on “%1” (Markdown)</source>
        <translation>Commentaire sur « %1 » (Markdown)</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>Published posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Type the figures of each post as the network shows them (lifetime totals). Enter or Tab stores a figure and moves on; an empty cell means not measured.</source>
        <translation>Saisissez les chiffres de chaque publication tels que le réseau les affiche (cumul depuis la publication). Entrée ou Tab enregistre le chiffre et passe à la suite ; une case vide signifie « non mesuré ».</translation>
    </message>
    <message>
        <source>No published posts yet. Mark a draft as published in Drafts, or import an analytics export: its posts are matched with your drafts.</source>
        <translation>Aucune publication pour l’instant. Marquez un brouillon comme publié dans Brouillons, ou importez un export de statistiques : ses publications sont rapprochées de vos brouillons.</translation>
    </message>
    <message>
        <source>Followers at the end of each month</source>
        <translation>Abonnés à la fin de chaque mois</translation>
    </message>
    <message>
        <source>Add a network…</source>
        <translation>Ajouter un réseau…</translation>
    </message>
    <message>
        <source>Edit a figure</source>
        <translation>Modifier un chiffre</translation>
    </message>
    <message>
        <source>This figure was not stored: it must be a whole number.</source>
        <translation>Ce chiffre n’a pas été enregistré : il doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Edit followers</source>
        <translation>Modifier les abonnés</translation>
    </message>
    <message>
        <source>These followers were not stored: they must be a whole number.</source>
        <translation>Ces abonnés n’ont pas été enregistrés : il faut un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number: the cell keeps its value.</source>
        <translation>« %1 » n’est pas un nombre entier : la case garde sa valeur.</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Workflow history</source>
        <translation>Historique du circuit de validation</translation>
    </message>
    <message>
        <source>Add a comment to the history (a call with the client…)</source>
        <translation>Ajouter un commentaire à l’historique (un appel du client…)</translation>
    </message>
    <message>
        <source>Versions of the text…</source>
        <translation>Versions du texte…</translation>
    </message>
    <message>
        <source>Earlier versions: compare and restore (Ctrl+Shift+H)</source>
        <translation>Versions précédentes : comparer et restaurer (Ctrl+Maj+H)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a proof for the client</source>
        <translation>Exporter un BAT pour le client</translation>
    </message>
    <message numerus="yes">
        <source>The proof shows each of the %n selected post(s) as it will look on its networks, with its planned date and a box for the client's answer. Nothing is sent: you mail or print the files yourself.</source>
        <translation>
            <numerusform>Le BAT montre la publication sélectionnée telle qu’elle apparaîtra sur ses réseaux, avec sa date prévue et un cadre pour la réponse du client. Rien n’est envoyé : vous envoyez ou imprimez les fichiers vous-même.</numerusform>
            <numerusform>Le BAT montre chacune des %n publications sélectionnées telle qu’elle apparaîtra sur ses réseaux, avec sa date prévue et un cadre pour la réponse du client. Rien n’est envoyé : vous envoyez ou imprimez les fichiers vous-même.</numerusform>
        </translation>
    </message>
    <message>
        <source>Web page (HTML): one file to attach to a mail, pictures included</source>
        <translation>Page web (HTML) : un seul fichier à joindre à un e-mail, images comprises</translation>
    </message>
    <message>
        <source>PDF (A4): to print or attach</source>
        <translation>PDF (A4) : à imprimer ou à joindre</translation>
    </message>
    <message>
        <source>Your name or agency (optional)</source>
        <translation>Votre nom ou votre agence (facultatif)</translation>
    </message>
    <message>
        <source>Open the folder when done</source>
        <translation>Ouvrir le dossier à la fin</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Préparé par :</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>UTM tracking on the links</source>
        <translation>Suivi UTM sur les liens</translation>
    </message>
    <message>
        <source>Copy for a newsletter</source>
        <translation>Copier pour une newsletter</translation>
    </message>
    <message>
        <source>Copy as rich text, ready to paste into a newsletter or a blog editor</source>
        <translation>Copier en texte mis en forme, prêt à coller dans l’éditeur d’une newsletter ou d’un blog</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Copier le Markdown</translation>
    </message>
    <message>
        <source>Save as HTML…</source>
        <translation>Enregistrer en HTML…</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Enregistrer en Markdown…</translation>
    </message>
    <message>
        <source>Send as a post</source>
        <translation>Envoyer comme post</translation>
    </message>
    <message>
        <source>Copy the post text and make a new draft of it (Drafts)</source>
        <translation>Copier le texte de la publication et en faire un nouveau brouillon (Brouillons)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Export language:</source>
        <translation>Langue de l’export :</translation>
    </message>
    <message>
        <source>Copied as rich text: paste it into your newsletter or blog editor.</source>
        <translation>Copié en texte mis en forme : collez-le dans l’éditeur de votre newsletter ou de votre blog.</translation>
    </message>
    <message>
        <source>Markdown copied to the clipboard.</source>
        <translation>Markdown copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save as HTML</source>
        <translation>Enregistrer en HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <source>Save as Markdown</source>
        <translation>Enregistrer en Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>FeedTree</name>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Étoilés</translation>
    </message>
    <message>
        <source>(shared)</source>
        <translation>(partagé)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation>En échec depuis le %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>The feed has errors but could be read.</source>
        <translation>Le flux contient des erreurs mais a pu être lu.</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Dernière mise à jour : %1</translation>
    </message>
    <message>
        <source>Never fetched yet: press F5.</source>
        <translation>Jamais récupéré : appuyez sur F5.</translation>
    </message>
</context>
<context>
    <name>FeedsTab</name>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Search the stored items (Ctrl+F)</source>
        <translation>Rechercher dans les articles enregistrés (Ctrl+F)</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Non lus seulement</translation>
    </message>
    <message>
        <source>Fetch the new items of every feed (F5)</source>
        <translation>Récupérer les nouveaux articles de tous les flux (F5)</translation>
    </message>
    <message>
        <source>Mark every item of the selection as read (Ctrl+Shift+A)</source>
        <translation>Marquer comme lus tous les articles de la sélection (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Refresh this feed</source>
        <translation>Actualiser ce flux</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Article suivant</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Article précédent</translation>
    </message>
    <message>
        <source>Toggle read</source>
        <translation>Lu / non lu</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Auto-refresh: off</source>
        <translation>Actualisation auto : désactivée</translation>
    </message>
    <message numerus="yes">
        <source>Auto-refresh: every %n min</source>
        <translation>
            <numerusform>Actualisation auto : toutes les %n min</numerusform>
            <numerusform>Actualisation auto : toutes les %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>Actualisation de %n flux…</numerusform>
            <numerusform>Actualisation de %n flux…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresh done: %n new item(s).</source>
        <translation>
            <numerusform>Actualisation terminée : %n nouvel article.</numerusform>
            <numerusform>Actualisation terminée : %n nouveaux articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) in error (see their tooltips).</source>
        <translation>
            <numerusform>%n flux en erreur (voir son infobulle).</numerusform>
            <numerusform>%n flux en erreur (voir leurs infobulles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) moved: their address was updated.</source>
        <translation>
            <numerusform>%n flux a déménagé : son adresse a été mise à jour.</numerusform>
            <numerusform>%n flux ont déménagé : leur adresse a été mise à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh the feeds in the background while you are online</source>
        <translation>Actualiser les flux en arrière-plan tant que vous êtes en ligne</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>S’abonner…</translation>
    </message>
    <message>
        <source>Follow a feed or a site (Ctrl+N)</source>
        <translation>Suivre un flux ou un site (Ctrl+N)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>Importer un OPML…</translation>
    </message>
    <message>
        <source>Export OPML…</source>
        <translation>Exporter en OPML…</translation>
    </message>
    <message>
        <source>Rename feed…</source>
        <translation>Renommer le flux…</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Se désabonner</translation>
    </message>
</context>
<context>
    <name>FoldPreview</name>
    <message>
        <source>LinkedIn and Instagram cut long posts with “… see more”. Select one of them to preview what shows before the cut.</source>
        <translation>LinkedIn et Instagram coupent les longues publications avec « … voir plus ». Sélectionnez l’un de ces réseaux pour voir ce qui s’affiche avant la coupure.</translation>
    </message>
</context>
<context>
    <name>FolderTree</name>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Aucun dossier</translation>
    </message>
</context>
<context>
    <name>FormulaDialog</name>
    <message>
        <source>Edit formula</source>
        <translation>Modifier la formule</translation>
    </message>
    <message>
        <source>New formula</source>
        <translation>Nouvelle formule</translation>
    </message>
    <message>
        <source>e.g. ROAS</source>
        <translation>ex. ROAS</translation>
    </message>
    <message>
        <source>e.g. revenue / cost</source>
        <translation>ex. ventes / coût</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Percentage (%)</source>
        <translation>Pourcentage (%)</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Available for all clients</source>
        <translation>Disponible pour tous les clients</translation>
    </message>
    <message>
        <source>Use + − × / and parentheses, min(), max() and round(). Each other word is a figure you type in the calculator, e.g. revenue / cost. Write decimals with a point.</source>
        <translation>Utilisez + − × / et des parenthèses, min(), max() et round(). Chaque autre mot est un chiffre à saisir dans le calculateur, par exemple ventes / coût. Écrivez les décimales avec un point.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Formule :</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>Give the formula a name and an expression.</source>
        <translation>Donnez un nom et une expression à la formule.</translation>
    </message>
</context>
<context>
    <name>GlobalSearchPalette</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Feed items</source>
        <translation>Articles des flux</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Search notes… (accents optional)</source>
        <translation>Rechercher dans les notes… (accents facultatifs)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>This client</source>
        <translation>Ce client</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Past 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Past 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation>↑↓ pour choisir · Entrée pour ouvrir · Échap pour fermer</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <source>Type to search your notes.</source>
        <translation>Tapez pour chercher dans vos notes.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrammarService</name>
    <message>
        <source>French grammar checking is unavailable here (Grammalecte is missing); spelling still works</source>
        <translation>La vérification de la grammaire française n’est pas disponible ici (Grammalecte est absent) ; l’orthographe reste vérifiée</translation>
    </message>
    <message>
        <source>“%1” no longer flagged for this client</source>
        <translation>« %1 » n’est plus signalé pour ce client</translation>
    </message>
    <message>
        <source>French typography checked for this client</source>
        <translation>La typographie française est vérifiée pour ce client</translation>
    </message>
    <message>
        <source>French typography no longer checked for this client</source>
        <translation>La typographie française n’est plus vérifiée pour ce client</translation>
    </message>
    <message>
        <source>French typography checked on %1 for this client</source>
        <translation>La typographie française est vérifiée sur %1 pour ce client</translation>
    </message>
    <message>
        <source>French typography no longer checked on %1 for this client</source>
        <translation>La typographie française n’est plus vérifiée sur %1 pour ce client</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>CM Toolbox guide</source>
        <translation>Guide de CM Toolbox</translation>
    </message>
</context>
<context>
    <name>HashtagsButton</name>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>Insert default hashtags</source>
        <translation>Insérer les hashtags par défaut</translation>
    </message>
    <message>
        <source>Insert the client’s default hashtags, set on their accounts (%1)</source>
        <translation>Insérer les hashtags par défaut du client, définis sur ses comptes (%1)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Insert all</source>
        <translation>Tout insérer</translation>
    </message>
    <message>
        <source>All these hashtags are already in the text</source>
        <translation>Tous ces hashtags sont déjà dans le texte</translation>
    </message>
    <message>
        <source>Already in the text</source>
        <translation>Déjà dans le texte</translation>
    </message>
    <message>
        <source>No default hashtags: add them in Accounts</source>
        <translation>Aucun hashtag par défaut : ajoutez-en dans Comptes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Open Accounts</source>
        <translation>Ouvrir la section Comptes</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l’import</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>Préparation de l’import…</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Import %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>An import is already running: wait for it or cancel it.</source>
        <translation>Un import est déjà en cours : attendez qu’il se termine ou annulez-le.</translation>
    </message>
    <message>
        <source>Pictures, videos and documents</source>
        <translation>Images, vidéos et documents</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Import into the library</source>
        <translation>Importer dans la bibliothèque</translation>
    </message>
    <message>
        <source>Import a folder into the library</source>
        <translation>Importer un dossier dans la bibliothèque</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Other files were imported normally.</source>
        <translation>Les autres fichiers ont été importés normalement.</translation>
    </message>
    <message>
        <source>Import analytics</source>
        <translation>Importer des statistiques</translation>
    </message>
    <message>
        <source>Analytics exports (%1)</source>
        <translation>Exports de statistiques (%1)</translation>
    </message>
    <message>
        <source>No row of this file holds figures of a post.</source>
        <translation>Aucune ligne de ce fichier ne contient les chiffres d’une publication.</translation>
    </message>
    <message numerus="yes">
        <source>Figures imported for %n post(s).</source>
        <translation>
            <numerusform>Chiffres importés pour %n publication.</numerusform>
            <numerusform>Chiffres importés pour %n publications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date.</source>
        <translation>
            <numerusform>%n déjà à jour.</numerusform>
            <numerusform>%n déjà à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a post.</source>
        <translation>
            <numerusform>%n ligne sans publication.</numerusform>
            <numerusform>%n lignes sans publication.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns read with your saved layout “%1”.</source>
        <translation>Colonnes lues avec votre présentation enregistrée « %1 ».</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <source>Item starred</source>
        <translation>Article étoilé</translation>
    </message>
    <message>
        <source>Star removed</source>
        <translation>Étoile retirée</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked as read.</source>
        <translation>
            <numerusform>%n article marqué comme lu.</numerusform>
            <numerusform>%n articles marqués comme lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to the press review</source>
        <translation>Ajouté à la revue de presse</translation>
    </message>
    <message>
        <source>Added to “%1”.</source>
        <translation>Ajouté à « %1 ».</translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation>Déjà dans « %1 ».</translation>
    </message>
    <message>
        <source>Note “%1” created in the notebook.</source>
        <translation>Note « %1 » créée dans le carnet.</translation>
    </message>
    <message>
        <source>Post text copied to the clipboard and saved as the draft “%1”.</source>
        <translation>Texte de la publication copié dans le presse-papiers et enregistré comme brouillon « %1 ».</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open the article in your web browser (O)</source>
        <translation>Ouvrir l’article dans votre navigateur (O)</translation>
    </message>
    <message>
        <source>Star it to find it in the press review builder (S)</source>
        <translation>Mettre une étoile pour le retrouver dans la revue de presse (S)</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marquer non lu</translation>
    </message>
    <message>
        <source>Mark read or unread (M)</source>
        <translation>Marquer lu ou non lu (M)</translation>
    </message>
    <message>
        <source>Add to press review</source>
        <translation>Ajouter à la revue de presse</translation>
    </message>
    <message>
        <source>Note or post…</source>
        <translation>Note ou post…</translation>
    </message>
    <message>
        <source>Turn this item into a note or a post draft, with its source</source>
        <translation>Transformer cet article en note ou en brouillon de post, avec sa source</translation>
    </message>
    <message>
        <source>Load images</source>
        <translation>Charger les images</translation>
    </message>
    <message>
        <source>Images are not loaded by default: loading them tells the site you read this item.</source>
        <translation>Les images ne sont pas chargées par défaut : les charger indique au site que vous avez lu cet article.</translation>
    </message>
    <message>
        <source>Select an item to read it. Items stay readable offline.</source>
        <translation>Sélectionnez un article pour le lire. Les articles restent lisibles hors ligne.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Étoilé</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Étoile</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marquer lu</translation>
    </message>
    <message>
        <source>Loading images…</source>
        <translation>Chargement des images…</translation>
    </message>
</context>
<context>
    <name>KeyDateDialog</name>
    <message>
        <source>Edit key date</source>
        <translation>Modifier la date clé</translation>
    </message>
    <message>
        <source>New key date</source>
        <translation>Nouvelle date clé</translation>
    </message>
    <message>
        <source>Shop anniversary, trade fair, sales…</source>
        <translation>Anniversaire de la boutique, salon, soldes…</translation>
    </message>
    <message>
        <source>Every &amp;year on this date</source>
        <translation>Chaque &amp;année à cette date</translation>
    </message>
    <message>
        <source>For &amp;every client</source>
        <translation>Pour &amp;tous les clients</translation>
    </message>
    <message>
        <source>Unchecked: for %1 only</source>
        <translation>Décoché : pour %1 seulement</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>KeyringBanner</name>
    <message>
        <source>Passwords cannot be saved: no secure keyring was found</source>
        <translation>Impossible d’enregistrer les mots de passe : aucun trousseau sécurisé n’a été trouvé</translation>
    </message>
    <message>
        <source>CM Toolbox keeps passwords and API tokens only in your system’s keyring, never in its own files. You can still record accounts, logins and notes; the password fields stay disabled until a keyring is available.</source>
        <translation>CM Toolbox conserve les mots de passe et les jetons d’API uniquement dans le trousseau de votre système, jamais dans ses propres fichiers. Vous pouvez toujours enregistrer les comptes, les identifiants et les notes ; les champs de mot de passe restent désactivés tant qu’aucun trousseau n’est disponible.</translation>
    </message>
    <message>
        <source>To enable them, install &lt;b&gt;GNOME Keyring&lt;/b&gt; (package &lt;code&gt;gnome-keyring&lt;/code&gt;) or &lt;b&gt;KWallet&lt;/b&gt;, and open CM Toolbox from a desktop session where a D-Bus session bus runs (packages &lt;code&gt;dbus-user-session&lt;/code&gt; or &lt;code&gt;dbus-x11&lt;/code&gt;), then restart CM Toolbox. The keyring must be unlocked, which your desktop does when you log in.</source>
        <translation>Pour les activer, installez &lt;b&gt;GNOME Keyring&lt;/b&gt; (paquet &lt;code&gt;gnome-keyring&lt;/code&gt;) ou &lt;b&gt;KWallet&lt;/b&gt;, ouvrez CM Toolbox depuis une session de bureau où fonctionne un bus de session D-Bus (paquets &lt;code&gt;dbus-user-session&lt;/code&gt; ou &lt;code&gt;dbus-x11&lt;/code&gt;), puis redémarrez CM Toolbox. Le trousseau doit être déverrouillé, ce que fait votre bureau à l’ouverture de session.</translation>
    </message>
    <message>
        <source>The macOS Keychain did not answer. Unlock it in Keychain Access, then restart CM Toolbox.</source>
        <translation>Le trousseau de macOS n’a pas répondu. Déverrouillez-le dans Trousseaux d’accès, puis redémarrez CM Toolbox.</translation>
    </message>
    <message>
        <source>The Windows Credential Manager did not answer. Check that you are logged in to a normal user session, then restart CM Toolbox.</source>
        <translation>Le Gestionnaire d’identification de Windows n’a pas répondu. Vérifiez que vous êtes connecté à une session utilisateur normale, puis redémarrez CM Toolbox.</translation>
    </message>
    <message>
        <source>Install a keyring service supported by your system, then restart CM Toolbox.</source>
        <translation>Installez un service de trousseau pris en charge par votre système, puis redémarrez CM Toolbox.</translation>
    </message>
    <message>
        <source>The keyring did not answer in time.</source>
        <translation>Le trousseau n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté : %1</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Your formulas</source>
        <translation>Vos formules</translation>
    </message>
    <message>
        <source>&amp;New formula…</source>
        <translation>&amp;Nouvelle formule…</translation>
    </message>
    <message>
        <source>&amp;Edit formula…</source>
        <translation>&amp;Modifier la formule…</translation>
    </message>
    <message>
        <source>&amp;Delete formula</source>
        <translation>&amp;Supprimer la formule</translation>
    </message>
    <message>
        <source>&amp;Insert into note</source>
        <translation>&amp;Insérer dans la note</translation>
    </message>
    <message>
        <source>Insert the result, its formula and the calculation at the cursor</source>
        <translation>Insérer le résultat, sa formule et le calcul à l’emplacement du curseur</translation>
    </message>
    <message>
        <source>Your formula, for all clients</source>
        <translation>Votre formule, pour tous les clients</translation>
    </message>
    <message>
        <source>Your formula</source>
        <translation>Votre formule</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>A formula with this name already exists.</source>
        <translation>Une formule porte déjà ce nom.</translation>
    </message>
    <message>
        <source>This name is not valid.</source>
        <translation>Ce nom n’est pas valide.</translation>
    </message>
    <message>
        <source>Delete formula</source>
        <translation>Supprimer la formule</translation>
    </message>
    <message>
        <source>Delete the formula “%1”? Notes that used it keep their results.</source>
        <translation>Supprimer la formule « %1 » ? Les notes qui l’utilisent gardent leurs résultats.</translation>
    </message>
    <message>
        <source>Formula “%1” deleted</source>
        <translation>Formule « %1 » supprimée</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Pas d’aperçu pour ce type de fichier</translation>
    </message>
    <message>
        <source>No preview: the file is missing from the library folder</source>
        <translation>Pas d’aperçu : le fichier manque dans le dossier de la bibliothèque</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
    <message>
        <source>“%1” moved to the trash</source>
        <translation>« %1 » mise à la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) moved to the trash</source>
        <translation>
            <numerusform>%n élément mis à la corbeille</numerusform>
            <numerusform>%n éléments mis à la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <source>The file of this item is missing from the library folder.</source>
        <translation>Le fichier de cet élément manque dans le dossier de la bibliothèque.</translation>
    </message>
    <message>
        <source>Note link copied: paste it in a note to show the picture.</source>
        <translation>Lien pour le carnet copié : collez-le dans une note pour y afficher l’image.</translation>
    </message>
    <message>
        <source>“%1” copied to the clipboard.</source>
        <translation>« %1 » copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) exported to %1.</source>
        <translation>
            <numerusform>%n fichier exporté dans %1.</numerusform>
            <numerusform>%n fichiers exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing from the library folder: %1.</source>
        <translation>Absents du dossier de la bibliothèque : %1.</translation>
    </message>
    <message>
        <source>Export the selected items to a folder</source>
        <translation>Exporter les éléments sélectionnés dans un dossier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy note link</source>
        <translation>Copier le lien pour le carnet</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import pictures, videos and documents (Ctrl+I); you can also drop files or folders on the library</source>
        <translation>Importer des images, vidéos et documents (Ctrl+I) ; vous pouvez aussi déposer des fichiers ou des dossiers sur la bibliothèque</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Chercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Create or choose a client to keep their pictures, videos and documents.</source>
        <translation>Créez ou choisissez un client pour ranger ses images, vidéos et documents.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>LibraryToolbar</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Search titles, alt texts, credits, tags (Ctrl+F)</source>
        <translation>Chercher dans les titres, textes alternatifs, crédits, étiquettes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>All rights</source>
        <translation>Tous les droits</translation>
    </message>
    <message>
        <source>Rights ending soon</source>
        <translation>Droits bientôt échus</translation>
    </message>
    <message>
        <source>Rights expired</source>
        <translation>Droits expirés</translation>
    </message>
    <message>
        <source>Ending soon or expired</source>
        <translation>Bientôt échus ou expirés</translation>
    </message>
    <message>
        <source>No licence recorded</source>
        <translation>Aucune licence indiquée</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Show thumbnails in a grid</source>
        <translation>Afficher les vignettes en grille</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show a detailed list</source>
        <translation>Afficher une liste détaillée</translation>
    </message>
    <message>
        <source>Library of %1</source>
        <translation>Bibliothèque de %1</translation>
    </message>
</context>
<context>
    <name>LinkChecker</name>
    <message numerus="yes">
        <source>Checking %n link(s)…</source>
        <translation>
            <numerusform>Vérification de %n lien…</numerusform>
            <numerusform>Vérification de %n liens…</numerusform>
        </translation>
    </message>
    <message>
        <source>Links checked: %1 OK, %2 moved, %3 dead, %4 uncertain.</source>
        <translation>Liens vérifiés : %1 OK, %2 déplacés, %3 morts, %4 incertains.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>Moved pages</source>
        <translation>Pages déplacées</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) moved to a new address. Update their addresses now?</source>
        <translation>
            <numerusform>%n source a déménagé à une nouvelle adresse. Mettre son adresse à jour maintenant ?</numerusform>
            <numerusform>%n sources ont déménagé à une nouvelle adresse. Mettre leurs adresses à jour maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Addresses of moved pages updated</source>
        <translation>Adresses des pages déplacées mises à jour</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) updated.</source>
        <translation>
            <numerusform>%n adresse mise à jour.</numerusform>
            <numerusform>%n adresses mises à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not updated (the new address is already a source): %1.</source>
        <translation>Non mises à jour (la nouvelle adresse est déjà une source) : %1.</translation>
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
        <source>Search…  Ctrl+K</source>
        <translation>Rechercher…  Ctrl+K</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>S&amp;ynchroniser…</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Langue modifiée</translation>
    </message>
    <message>
        <source>The menus and the sidebar are already in the new language. The sections show it after a restart of CM Toolbox. Your work is saved before it closes.</source>
        <translation>Les menus et la barre latérale sont déjà dans la nouvelle langue. Les sections l’afficheront après un redémarrage de CM Toolbox. Votre travail est enregistré avant la fermeture.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>The sections will be in the new language at the next start.</source>
        <translation>Les sections seront dans la nouvelle langue au prochain démarrage.</translation>
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
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Pas encore de résultats</translation>
    </message>
    <message>
        <source>The figures of your published posts and the followers of each network.</source>
        <translation>Les chiffres de vos publications et les abonnés de chaque réseau.</translation>
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
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Back up all data…</source>
        <translation>&amp;Sauvegarder toutes les données…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
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
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>End of &amp;contract…</source>
        <translation>Fin de &amp;contrat…</translation>
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
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
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
        <source>No client selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved (%1). Close anyway and lose them?</source>
        <translation>Vos dernières modifications n’ont pas pu être enregistrées (%1). Fermer quand même et les perdre ?</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>CM Toolbox does not know this file's layout. Say which column holds what: a post is found by its address, or by its publication date and text, and needs at least one figure.</source>
        <translation>CM Toolbox ne connaît pas la présentation de ce fichier. Indiquez quelle colonne contient quoi : une publication se retrouve par son adresse, ou par sa date de publication et son texte, et il faut au moins un chiffre.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>Read from the post addresses</source>
        <translation>D’après les adresses des publications</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Remember these columns for files laid out like this one</source>
        <translation>Retenir ces colonnes pour les fichiers présentés de la même façon</translation>
    </message>
    <message>
        <source>My export</source>
        <translation>Mon export</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Choose the column of the post address or of its publication date.</source>
        <translation>Choisissez la colonne de l’adresse de la publication ou de sa date de publication.</translation>
    </message>
    <message>
        <source>Choose at least one figure.</source>
        <translation>Choisissez au moins un chiffre.</translation>
    </message>
    <message>
        <source>A column is used twice.</source>
        <translation>Une colonne est utilisée deux fois.</translation>
    </message>
</context>
<context>
    <name>MarkPublishedDialog</name>
    <message>
        <source>Mark as published</source>
        <translation>Marquer comme publié</translation>
    </message>
    <message>
        <source>The post went out on %1.</source>
        <translation>La publication est sortie sur %1.</translation>
    </message>
    <message>
        <source>Every network's post went out.</source>
        <translation>Les publications de tous les réseaux sont sorties.</translation>
    </message>
    <message>
        <source>https://… (the post's address, optional)</source>
        <translation>https://… (l’adresse de la publication, facultative)</translation>
    </message>
    <message>
        <source>Mark as &amp;published</source>
        <translation>Marquer comme &amp;publié</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>This is not a web address: it should start with https://.</source>
        <translation>Ce n’est pas une adresse web : elle doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>MediaBrowser</name>
    <message>
        <source>Library items</source>
        <translation>Éléments de la bibliothèque</translation>
    </message>
    <message>
        <source>The library is empty</source>
        <translation>La bibliothèque est vide</translation>
    </message>
    <message>
        <source>Drop pictures, videos, PDFs or whole folders here, or use Import files (Ctrl+I). Files are copied into the library: your originals stay where they are.</source>
        <translation>Déposez ici des images, vidéos, PDF ou des dossiers entiers, ou utilisez Importer des fichiers (Ctrl+I). Les fichiers sont copiés dans la bibliothèque : vos originaux restent où ils sont.</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Rien ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>MediaDetailPanel</name>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>File size:</source>
        <translation>Taille du fichier :</translation>
    </message>
    <message>
        <source>Pixels:</source>
        <translation>Pixels :</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Imported from:</source>
        <translation>Fichier d’origine :</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Ajouté le :</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open with the default application (Enter)</source>
        <translation>Ouvrir avec l’application par défaut (Entrée)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Afficher le fichier dans son dossier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the picture (or the file) to the clipboard (Ctrl+C)</source>
        <translation>Copier l’image (ou le fichier) dans le presse-papiers (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy note link</source>
        <translation>Copier le lien pour le carnet</translation>
    </message>
    <message>
        <source>Copy a link to paste in a note: ![alt text](media:…)</source>
        <translation>Copier un lien à coller dans une note : ![texte alternatif](media:…)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Copy the selected items to a folder (Ctrl+E)</source>
        <translation>Copier les éléments sélectionnés dans un dossier (Ctrl+E)</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Move the selected items to the trash (Delete)</source>
        <translation>Mettre les éléments sélectionnés à la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>Description and rights</source>
        <translation>Description et droits</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Utilisé dans</translation>
    </message>
    <message>
        <source>Fits the networks?</source>
        <translation>Adapté aux réseaux ?</translation>
    </message>
    <message>
        <source>Select an item to see its details, edit its description and rights, and check which networks it fits.</source>
        <translation>Sélectionnez un élément pour voir ses détails, modifier sa description et ses droits, et vérifier à quels réseaux il convient.</translation>
    </message>
    <message>
        <source>Not used in a note or a draft yet.</source>
        <translation>Pas encore utilisé dans une note ni un brouillon.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open this note</source>
        <translation>Ouvrir cette note</translation>
    </message>
    <message>
        <source>Open this draft</source>
        <translation>Ouvrir ce brouillon</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected: Export and Move to trash apply to all of them.</source>
        <translation>
            <numerusform>%n élément sélectionné : Exporter et Mettre à la corbeille s’appliquent à lui.</numerusform>
            <numerusform>%n éléments sélectionnés : Exporter et Mettre à la corbeille s’appliquent à tous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rights end in %n day(s), on %1.</source>
        <translation>
            <numerusform>Les droits prennent fin dans %n jour, le %1.</numerusform>
            <numerusform>Les droits prennent fin dans %n jours, le %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items whose rights end within %n day(s) are flagged.</source>
        <translation>
            <numerusform>Les éléments dont les droits prennent fin dans %n jour sont signalés.</numerusform>
            <numerusform>Les éléments dont les droits prennent fin dans les %n jours sont signalés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Aucun élément sélectionné</translation>
    </message>
    <message>
        <source>Rights expired on %1: do not post this item any more.</source>
        <translation>Droits expirés le %1 : ne publiez plus cet élément.</translation>
    </message>
    <message>
        <source>Rights end today (%1).</source>
        <translation>Les droits prennent fin aujourd’hui (%1).</translation>
    </message>
</context>
<context>
    <name>MediaDetailsForm</name>
    <message>
        <source>What the picture shows, for people who cannot see it</source>
        <translation>Ce que montre l’image, pour les personnes qui ne la voient pas</translation>
    </message>
    <message>
        <source>Photographer, agency, author</source>
        <translation>Photographe, agence, auteur</translation>
    </message>
    <message>
        <source>Licence or terms of use</source>
        <translation>Licence ou conditions d’utilisation</translation>
    </message>
    <message>
        <source>End on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <source>The date the rights to use this item end (licence, photo credits); the library flags it 30 days before</source>
        <translation>La date de fin des droits d’utilisation (licence, cession de droits) ; la bibliothèque le signale 30 jours avant</translation>
    </message>
    <message>
        <source>Rights end on</source>
        <translation>Fin des droits le</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. feed, christmas</source>
        <translation>Séparées par des virgules, par ex. feed, noël</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>Texte &amp;alternatif :</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>C&amp;rédit :</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licence :</translation>
    </message>
    <message>
        <source>Rights:</source>
        <translation>Droits :</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>No alt text yet: several networks ask for one, and people using a screen reader need it.</source>
        <translation>Pas encore de texte alternatif : plusieurs réseaux en demandent un, et les personnes qui utilisent un lecteur d’écran en ont besoin.</translation>
    </message>
    <message numerus="yes">
        <source>%n characters: screen readers may cut it after about %1.</source>
        <translation>
            <numerusform>%n caractère : les lecteurs d’écran peuvent le couper après environ %1.</numerusform>
            <numerusform>%n caractères : les lecteurs d’écran peuvent le couper après environ %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s).</source>
        <translation>
            <numerusform>%n caractère.</numerusform>
            <numerusform>%n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaPickerDialog</name>
    <message>
        <source>Insert from the library</source>
        <translation>Insérer depuis la bibliothèque</translation>
    </message>
    <message>
        <source>Pictures of %1</source>
        <translation>Images de %1</translation>
    </message>
    <message>
        <source>Search titles, alt texts, credits, tags</source>
        <translation>Chercher dans les titres, textes alternatifs, crédits, étiquettes</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Chercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures selected: each goes on its own line.</source>
        <translation>
            <numerusform>%n image sélectionnée : elle va sur sa propre ligne.</numerusform>
            <numerusform>%n images sélectionnées : chacune va sur sa propre ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>No picture matches “%1”.</source>
        <translation>Aucune image ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>This client's library has no pictures yet. Import some in the Library (Ctrl+5), then insert them here.</source>
        <translation>La bibliothèque de ce client n’a pas encore d’image. Importez-en dans la Bibliothèque (Ctrl+5), puis insérez-les ici.</translation>
    </message>
    <message>
        <source>Alt text: %1</source>
        <translation>Texte alternatif : %1</translation>
    </message>
    <message>
        <source>No alt text yet: the title stands in for it. Write one in the Library for people using a screen reader.</source>
        <translation>Pas encore de texte alternatif : le titre en tient lieu. Rédigez-en un dans la Bibliothèque pour les personnes qui utilisent un lecteur d’écran.</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <source>Only on %1</source>
        <translation>Seulement sur %1</translation>
    </message>
    <message>
        <source>Every network</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <source>Attach from the library…</source>
        <translation>Joindre depuis la bibliothèque…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>No media.</source>
        <translation>Aucun média.</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Month calendar</source>
        <translation>Calendrier du mois</translation>
    </message>
</context>
<context>
    <name>NoteBody</name>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>NoteDialogs</name>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Template “%1” saved. Find it under “From template…”.</source>
        <translation>Modèle « %1 » enregistré. Retrouvez-le dans « Depuis un modèle… ».</translation>
    </message>
    <message>
        <source>Open a note to insert a picture.</source>
        <translation>Ouvrez une note pour y insérer une image.</translation>
    </message>
    <message>
        <source>Choose a client first: pictures live in each client's library.</source>
        <translation>Choisissez d’abord un client : les images sont rangées dans la bibliothèque de chaque client.</translation>
    </message>
    <message>
        <source>There is no draft called “%1”.</source>
        <translation>Aucun brouillon ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Links to sources will open the source once sources are available.</source>
        <translation>Les liens vers des sources ouvriront la source dès que les sources seront disponibles.</translation>
    </message>
    <message>
        <source>Create note</source>
        <translation>Créer la note</translation>
    </message>
    <message>
        <source>There is no note called “%1” yet. Create it?</source>
        <translation>Il n’y a pas encore de note « %1 ». La créer ?</translation>
    </message>
    <message>
        <source>This title is too long for a note.</source>
        <translation>Ce titre est trop long pour une note.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Titre de la note</translation>
    </message>
    <message>
        <source>Client of this note</source>
        <translation>Client de cette note</translation>
    </message>
    <message>
        <source>Which client this note belongs to; “All clients” shares it</source>
        <translation>Le client auquel appartient cette note ; « Tous les clients » la partage</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>A folder to group notes (optional)</source>
        <translation>Un dossier pour regrouper des notes (facultatif)</translation>
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translation>Texte de la note (Markdown)</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list, [[Another note]] to link notes…</source>
        <translation>Écrivez en Markdown : # titre, **gras**, - liste, [[Autre note]] pour lier des notes…</translation>
    </message>
    <message>
        <source>Client #%1</source>
        <translation>Client n°%1</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
</context>
<context>
    <name>NoteItemDelegate</name>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>NotePreview</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Picture not found in the library: “%1”</source>
        <translation>Image introuvable dans la bibliothèque : « %1 »</translation>
    </message>
    <message>
        <source>Picture not found in the library</source>
        <translation>Image introuvable dans la bibliothèque</translation>
    </message>
</context>
<context>
    <name>NotesCommands</name>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <source>New note (Ctrl+N)</source>
        <translation>Nouvelle note (Ctrl+N)</translation>
    </message>
    <message>
        <source>From &amp;template…</source>
        <translation>Depuis un &amp;modèle…</translation>
    </message>
    <message>
        <source>New note from a template (Ctrl+Shift+T)</source>
        <translation>Nouvelle note depuis un modèle (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move this note to the trash (Del in the list)</source>
        <translation>Mettre cette note à la corbeille (Suppr dans la liste)</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>Épi&amp;ngler</translation>
    </message>
    <message>
        <source>Keep this note at the top of the list</source>
        <translation>Garder cette note en haut de la liste</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Earlier versions of this note (Ctrl+Shift+H)</source>
        <translation>Versions précédentes de cette note (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>&amp;KPI calculator</source>
        <translation>Calculateur de &amp;KPI</translation>
    </message>
    <message>
        <source>Compute a KPI and insert it in the note (Ctrl+Shift+K)</source>
        <translation>Calculer un KPI et l’insérer dans la note (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <source>Insert from &amp;library…</source>
        <translation>Insérer depuis la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>Show a picture of the client's library in this note (Ctrl+Shift+I)</source>
        <translation>Afficher dans cette note une image de la bibliothèque du client (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>&amp;Save as template…</source>
        <translation>&amp;Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>Load remote images in this &amp;note</source>
        <translation>Charger les images distantes dans cette &amp;note</translation>
    </message>
    <message>
        <source>Load remote images in &amp;all notes</source>
        <translation>Charger les images distantes dans &amp;toutes les notes</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>&amp;Panneau latéral</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Filtrer les notes</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>More actions</source>
        <extracomment>enabled only while a note is open</extracomment>
        <translation>Plus d’actions</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>This note no longer exists.</source>
        <translation>Cette note n’existe plus.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>The note could not be saved; retrying in a few seconds.</source>
        <translation>La note n’a pas pu être enregistrée ; nouvel essai dans quelques secondes.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>“%1” moved to the trash</source>
        <translation>« %1 » mise à la corbeille</translation>
    </message>
    <message>
        <source>Note pinned</source>
        <translation>Note épinglée</translation>
    </message>
    <message>
        <source>Note unpinned</source>
        <translation>Note désépinglée</translation>
    </message>
    <message>
        <source>Note shared with all clients</source>
        <translation>Note partagée avec tous les clients</translation>
    </message>
    <message>
        <source>Note moved to %1</source>
        <translation>Note déplacée vers %1</translation>
    </message>
    <message>
        <source>Open a note to insert the result.</source>
        <translation>Ouvrez une note pour y insérer le résultat.</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>NotesListPanel</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Filter notes…</source>
        <translation>Filtrer les notes…</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Filtrer les notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Pinned notes</source>
        <translation>Notes épinglées</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Vos modèles</translation>
    </message>
    <message>
        <source>Notebook: %1</source>
        <translation>Carnet : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message>
        <source>No note matches this filter.</source>
        <translation>Aucune note ne correspond à ce filtre.</translation>
    </message>
    <message>
        <source>No template yet. Use “Save as template…” on a note.</source>
        <translation>Aucun modèle pour l’instant. Utilisez « Enregistrer comme modèle… » sur une note.</translation>
    </message>
    <message>
        <source>No notes yet.
Create one with Ctrl+N, or start from a template.</source>
        <translation>Aucune note pour l’instant.
Créez-en une avec Ctrl+N, ou partez d’un modèle.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>No note open</source>
        <translation>Aucune note ouverte</translation>
    </message>
    <message>
        <source>Pick a note in the list, or create one with Ctrl+N.</source>
        <translation>Choisissez une note dans la liste, ou créez-en une avec Ctrl+N.</translation>
    </message>
    <message>
        <source>Backlinks</source>
        <translation>Rétroliens</translation>
    </message>
    <message>
        <source>KPI calculator</source>
        <translation>Calculateur de KPI</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Nouvelle &amp;note</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Aucune note pour l’instant</translation>
    </message>
    <message>
        <source>Briefs, charters, meeting notes and monthly reports: create a note with Ctrl+N, or start from a template with Ctrl+Shift+T.</source>
        <translation>Briefs, chartes, comptes rendus et reportings mensuels : créez une note avec Ctrl+N, ou partez d’un modèle avec Ctrl+Maj+T.</translation>
    </message>
</context>
<context>
    <name>NotesTrashDialog</name>
    <message>
        <source>Notes trash</source>
        <extracomment>the kinds of records listed; the drafts' trash (gui/drafts/list_trash.py) names its own</extracomment>
        <translation>Corbeille des notes</translation>
    </message>
    <message>
        <source>Deleted notes</source>
        <translation>Notes supprimées</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Deleted notes stay here until you empty the trash.</source>
        <translation>Les notes supprimées restent ici jusqu’à ce que vous vidiez la corbeille.</translation>
    </message>
    <message>
        <source>%1 — deleted %2</source>
        <translation>%1 — supprimée le %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Note restaurée</translation>
    </message>
    <message>
        <source>Notes restored</source>
        <translation>Notes restaurées</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete this note for good, with its history?</source>
        <translation>Supprimer définitivement cette note, avec son historique ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s) for good, with their history?</source>
        <translation>
            <numerusform>Supprimer définitivement %n note, avec son historique ?</numerusform>
            <numerusform>Supprimer définitivement %n notes, avec leur historique ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Empty the trash: delete %n note(s) for good?</source>
        <translation>
            <numerusform>Vider la corbeille : supprimer définitivement %n note ?</numerusform>
            <numerusform>Vider la corbeille : supprimer définitivement %n notes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash: delete its only note for good?</source>
        <translation>Vider la corbeille : supprimer définitivement la seule note qu’elle contient ?</translation>
    </message>
</context>
<context>
    <name>PasswordGeneratorDialog</name>
    <message>
        <source>Hyphen (-)</source>
        <translation>Trait d’union (-)</translation>
    </message>
    <message>
        <source>Dot (.)</source>
        <translation>Point (.)</translation>
    </message>
    <message>
        <source>Underscore (_)</source>
        <translation>Tiret bas (_)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>No separator</source>
        <translation>Aucun séparateur</translation>
    </message>
    <message>
        <source>Use this &amp;password</source>
        <translation>&amp;Utiliser ce mot de passe</translation>
    </message>
    <message>
        <source>Choose at least one kind of character.</source>
        <translation>Choisissez au moins un type de caractères.</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excellent</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>très robuste</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>robuste</translation>
    </message>
    <message>
        <source>fair: prefer a longer one</source>
        <translation>moyen : préférez-en un plus long</translation>
    </message>
    <message>
        <source>Strength: about %1 bits, %2.</source>
        <translation>Robustesse : environ %1 bits, %2.</translation>
    </message>
    <message>
        <source>Generate a password</source>
        <translation>Générer un mot de passe</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>&amp;Caractères</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Longueur :</translation>
    </message>
    <message>
        <source>Use:</source>
        <translation>Utiliser :</translation>
    </message>
    <message>
        <source>Lo&amp;wercase (a–z)</source>
        <translation>&amp;Minuscules (a–z)</translation>
    </message>
    <message>
        <source>&amp;Uppercase (A–Z)</source>
        <translation>Ma&amp;juscules (A–Z)</translation>
    </message>
    <message>
        <source>&amp;Digits (0–9)</source>
        <translation>C&amp;hiffres (0–9)</translation>
    </message>
    <message>
        <source>&amp;Symbols (! # $ % …)</source>
        <translation>&amp;Symboles (! # $ % …)</translation>
    </message>
    <message>
        <source>A&amp;void look-alike characters (0 O 1 l I)</source>
        <translation>É&amp;viter les caractères qui se ressemblent (0 O 1 l I)</translation>
    </message>
    <message>
        <source>&amp;Words (passphrase)</source>
        <translation>Mo&amp;ts (phrase de passe)</translation>
    </message>
    <message>
        <source>&amp;Number of words:</source>
        <translation>&amp;Nombre de mots :</translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation>S&amp;éparateur :</translation>
    </message>
    <message>
        <source>C&amp;apitalise each word</source>
        <translation>Majuscule à chaque &amp;mot</translation>
    </message>
    <message>
        <source>Add a d&amp;igit</source>
        <translation>Ajouter un c&amp;hiffre</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>Mot de passe généré</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Régénérer</translation>
    </message>
</context>
<context>
    <name>PlanningField</name>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Give this post a date and time</source>
        <translation>Donner une date et une heure à cette publication</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>Heure prévue</translation>
    </message>
    <message>
        <source>Best slots</source>
        <translation>Meilleurs créneaux</translation>
    </message>
    <message>
        <source>Times are in the zone this post is planned in: %1</source>
        <translation>Les heures sont celles du fuseau de planification de cette publication : %1</translation>
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation>%1 (%2 ici)</translation>
    </message>
    <message>
        <source>When this client's posts engaged best: %1. Pick a slot to plan this post then.</source>
        <translation>Quand les publications de ce client ont le plus fait réagir : %1. Choisissez un créneau pour y planifier cette publication.</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <source>Write your post here. Counters, spelling (red) and French grammar (blue) follow as you type; right-click an underlined word for suggestions.</source>
        <translation>Écrivez votre publication ici. Les compteurs, l’orthographe (en rouge) et la grammaire française (en bleu) suivent votre frappe ; faites un clic droit sur un mot souligné pour obtenir des suggestions.</translation>
    </message>
    <message>
        <source>Insert an emoji (Ctrl+;)</source>
        <translation>Insérer un émoji (Ctrl+;)</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Insérer un émoji</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
</context>
<context>
    <name>PostTextEdit</name>
    <message>
        <source>post</source>
        <translation>publication</translation>
    </message>
</context>
<context>
    <name>PostsTable</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Import analytics: %1</source>
        <translation>Importer des statistiques : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched with a published post.</source>
        <translation>
            <numerusform>%n ligne rapprochée d’une publication.</numerusform>
            <numerusform>%n lignes rapprochées d’une publication.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already up to date.</source>
        <translation>
            <numerusform>%n ligne déjà à jour.</numerusform>
            <numerusform>%n lignes déjà à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a post, left out.</source>
        <translation>
            <numerusform>%n ligne sans publication, ignorée.</numerusform>
            <numerusform>%n lignes sans publication, ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable row(s), left out.</source>
        <translation>
            <numerusform>%n ligne illisible, ignorée.</numerusform>
            <numerusform>%n lignes illisibles, ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Text in the file</source>
        <translation>Texte dans le fichier</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>by address</source>
        <translation>par l’adresse</translation>
    </message>
    <message>
        <source>by day and text</source>
        <translation>par le jour et le texte</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>par le jour</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Chiffres au</translation>
    </message>
    <message>
        <source>Exports hold lifetime totals: importing again the same day replaces that day's figures, never adds to them.</source>
        <translation>Les exports donnent des cumuls depuis la publication : importer à nouveau le même jour remplace les chiffres de ce jour, sans jamais les additionner.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Choose the post these figures belong to, to import them too</source>
        <translation>Choisissez la publication à laquelle ces chiffres appartiennent, pour les importer aussi</translation>
    </message>
</context>
<context>
    <name>PublishFlow</name>
    <message>
        <source>Nothing to copy: the text is empty.</source>
        <translation>Rien à copier : le texte est vide.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Post %1/%2 copied</source>
        <translation>Publication %1/%2 copiée</translation>
    </message>
    <message>
        <source>No web address is known for %1.</source>
        <translation>Aucune adresse web n’est connue pour %1.</translation>
    </message>
    <message>
        <source>Marked as published on %1</source>
        <translation>Marqué comme publié sur %1</translation>
    </message>
    <message>
        <source>Draft marked as published</source>
        <translation>Brouillon marqué comme publié</translation>
    </message>
    <message>
        <source>Publication on %1 forgotten</source>
        <translation>Publication sur %1 oubliée</translation>
    </message>
</context>
<context>
    <name>PublishRow</name>
    <message>
        <source>Copy for publishing</source>
        <translation>Copier pour publier</translation>
    </message>
    <message>
        <source>Copy the text for %1; a thread is copied one post per click</source>
        <translation>Copier le texte pour %1 ; un fil se copie une publication par clic</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Open %1 in your browser to post</source>
        <translation>Ouvrir %1 dans votre navigateur pour publier</translation>
    </message>
    <message>
        <source>Mark as published…</source>
        <translation>Marquer comme publié…</translation>
    </message>
    <message>
        <source>Record when this went out on %1, and the post's address</source>
        <translation>Noter quand c’est sorti sur %1, et l’adresse de la publication</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Pas publié</translation>
    </message>
    <message>
        <source>Marked by mistake: forget this publication (Edit ▸ Undo brings it back)</source>
        <translation>Marqué par erreur : oublier cette publication (Édition ▸ Annuler la fait revenir)</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publié le %1</translation>
    </message>
    <message>
        <source>see the post</source>
        <translation>voir la publication</translation>
    </message>
    <message>
        <source>No address recorded</source>
        <translation>Aucune adresse notée</translation>
    </message>
    <message>
        <source>Published…</source>
        <translation>Publié…</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RecordController</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modifications en cours…</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>The client's report</source>
        <translation>Le rapport client</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>From / to:</source>
        <translation>Du / au :</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
        <source>&amp;Client's name:</source>
        <translation>Nom du &amp;client :</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>Your &amp;words:</source>
        <translation>Votre &amp;mot :</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>As the client wants to be named</source>
        <translation>Tel que le client souhaite être nommé</translation>
    </message>
    <message>
        <source>Signs the report; kept for the next ones</source>
        <translation>Signe le rapport ; gardé pour les suivants</translation>
    </message>
    <message>
        <source>A word for the client: what stood out this month, what you suggest next. Markdown works (**bold**, lists).</source>
        <translation>Un mot pour le client : ce qui a marqué le mois, ce que vous proposez ensuite. Le Markdown fonctionne (**gras**, listes).</translation>
    </message>
    <message>
        <source>Keep the report in the client's carnet</source>
        <translation>Garder le rapport dans le carnet du client</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;web page…</source>
        <translation>Enregistrer en page &amp;web…</translation>
    </message>
    <message>
        <source>The report is written in the language chosen above. Each rate is shown with its formula, from the latest figures of each post.</source>
        <translation>Le rapport est rédigé dans la langue choisie ci-dessus. Chaque taux est donné avec sa formule, d’après les derniers chiffres de chaque publication.</translation>
    </message>
    <message>
        <source>Other period…</source>
        <translation>Autre période…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Le rapport n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré : %1</translation>
    </message>
    <message>
        <source>Keep the report in the carnet</source>
        <translation>Garder le rapport dans le carnet</translation>
    </message>
    <message>
        <source>Report saved: %1; kept in the client's carnet</source>
        <translation>Rapport enregistré : %1 ; gardé dans le carnet du client</translation>
    </message>
    <message>
        <source>Your name is too long to be kept.</source>
        <translation>Votre nom est trop long pour être gardé.</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Post address</source>
        <translation>Adresse de la publication</translation>
    </message>
    <message>
        <source>Post id</source>
        <translation>Identifiant de la publication</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Texte de la publication</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>Titre de la publication</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Video views</source>
        <translation>Vues vidéo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Mesuré le</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Import analytics…</source>
        <translation>&amp;Importer des statistiques…</translation>
    </message>
    <message>
        <source>Read the figures of your posts from an export of Meta Business Suite, LinkedIn or X (CSV or Excel)</source>
        <translation>Lire les chiffres de vos publications dans un export de Meta Business Suite, LinkedIn ou X (CSV ou Excel)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Ce qui a marché</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <source>Create or choose a client to follow the results of their posts.</source>
        <translation>Créez ou choisissez un client pour suivre les résultats de ses publications.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>New review</source>
        <translation>Nouvelle revue</translation>
    </message>
    <message>
        <source>Start the review of this week</source>
        <translation>Commencer la revue de cette semaine</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Supprimer la revue</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revue :</translation>
    </message>
    <message>
        <source>A sentence to open the review (Markdown allowed)</source>
        <translation>Une phrase pour ouvrir la revue (Markdown accepté)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Introduction :</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Pas encore enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entries)</source>
        <translation>
            <numerusform>%1 (%n entrée)</numerusform>
            <numerusform>%1 (%n entrées)</numerusform>
        </translation>
    </message>
    <message>
        <source>New press review</source>
        <translation>Nouvelle revue de presse</translation>
    </message>
    <message>
        <source>“%1” moved to the trash</source>
        <translation>« %1 » mise à la corbeille</translation>
    </message>
    <message>
        <source>Entries added to the review</source>
        <translation>Entrées ajoutées à la revue</translation>
    </message>
    <message numerus="yes">
        <source>%n entries added.</source>
        <translation>
            <numerusform>%n entrée ajoutée.</numerusform>
            <numerusform>%n entrées ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry moved</source>
        <translation>Entrée déplacée</translation>
    </message>
    <message>
        <source>“%1” removed from the review</source>
        <translation>« %1 » retiré de la revue</translation>
    </message>
    <message>
        <source>Post text copied to the clipboard and saved as the draft “%1”.</source>
        <translation>Texte de la publication copié dans le presse-papiers et enregistré comme brouillon « %1 ».</translation>
    </message>
    <message>
        <source>No press review yet for this client. “New review” starts the one of this week; starred items and sources become its entries.</source>
        <translation>Pas encore de revue de presse pour ce client. « Nouvelle revue » commence celle de cette semaine ; les articles et sources étoilés en deviennent les entrées.</translation>
    </message>
</context>
<context>
    <name>RevisionHistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <extracomment>the operations that list and restore versions: a subclass for another kind of record (drafts) names its own</extracomment>
        <translation>Historique de « %1 »</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Saved on leaving the note</source>
        <translation>Enregistrée en quittant la note</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Restored an earlier version</source>
        <translation>Version précédente restaurée</translation>
    </message>
    <message>
        <source>Text before a restore</source>
        <translation>Texte avant une restauration</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Changes made in this version</source>
        <translation>Modifications de cette version</translation>
    </message>
    <message>
        <source>Differences with the current text</source>
        <translation>Différences avec le texte actuel</translation>
    </message>
    <message>
        <source>Full text of this version</source>
        <translation>Texte complet de cette version</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>Put this version back in the note; the current text stays in the history</source>
        <translation>Remettre cette version dans la note ; le texte actuel reste dans l’historique</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(actuelle)</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation>⋯ %1 lignes inchangées</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre : %1</translation>
    </message>
    <message>
        <source>Title: “%1” → “%2”</source>
        <translation>Titre : « %1 » → « %2 »</translation>
    </message>
    <message>
        <source>Earlier version restored</source>
        <translation>Version précédente restaurée</translation>
    </message>
    <message>
        <source>Version of %1 restored. The text it replaced is kept in the history.</source>
        <translation>Version du %1 restaurée. Le texte remplacé est conservé dans l’historique.</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Available for all clients</source>
        <translation>Disponible pour tous les clients</translation>
    </message>
    <message>
        <source>Placeholders are filled when a note is created: {{client}}, {{date}}, {{month}}, {{year}}.</source>
        <translation>Les champs sont remplis à la création d’une note : {{client}}, {{date}}, {{month}}, {{year}}.</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Nom du modèle :</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>SecretRow</name>
    <message>
        <source>Secret name</source>
        <translation>Nom du secret</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide this secret</source>
        <translation>Afficher ou masquer ce secret</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy to the clipboard; it is cleared after 30 seconds</source>
        <translation>Copier dans le presse-papiers ; il est vidé au bout de 30 secondes</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Générer…</translation>
    </message>
    <message>
        <source>Generate a strong password</source>
        <translation>Générer un mot de passe robuste</translation>
    </message>
    <message>
        <source>Remove this secret (deleted from the keyring when you save)</source>
        <translation>Retirer ce secret (supprimé du trousseau à l’enregistrement)</translation>
    </message>
    <message>
        <source>Remove this secret</source>
        <translation>Retirer ce secret</translation>
    </message>
    <message>
        <source>Unavailable without a keyring</source>
        <translation>Indisponible sans trousseau</translation>
    </message>
    <message>
        <source>No secure keyring is available: see the message at the top of the page.</source>
        <translation>Aucun trousseau sécurisé n’est disponible : voir le message en haut de la page.</translation>
    </message>
    <message>
        <source>Not in this computer's keyring: type it again</source>
        <translation>Absent du trousseau de cet ordinateur : saisissez-le à nouveau</translation>
    </message>
    <message>
        <source>Passwords and tokens are never in backups: enter this one again, then save.</source>
        <translation>Les mots de passe et jetons ne sont jamais dans les sauvegardes : saisissez celui-ci à nouveau, puis enregistrez.</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>Enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>Saved in the keyring. Type a new value to replace it; leave the field empty to keep it.</source>
        <translation>Enregistré dans le trousseau. Saisissez une nouvelle valeur pour le remplacer ; laissez le champ vide pour le conserver.</translation>
    </message>
    <message>
        <source>Type or generate a password</source>
        <translation>Saisissez ou générez un mot de passe</translation>
    </message>
    <message>
        <source>Paste the value</source>
        <translation>Collez la valeur</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>SecretsController</name>
    <message>
        <source>Not in this computer's keyring: %1. Passwords are never in backups: type them again and save.</source>
        <translation>Absents du trousseau de cet ordinateur : %1. Les mots de passe ne sont jamais dans les sauvegardes : saisissez-les à nouveau et enregistrez.</translation>
    </message>
    <message>
        <source>The keyring has no value for “%1”: it may have been deleted outside CM Toolbox. Type a new one and save.</source>
        <translation>Le trousseau ne contient aucune valeur pour « %1 » : elle a peut-être été supprimée en dehors de CM Toolbox. Saisissez-en une nouvelle et enregistrez.</translation>
    </message>
    <message>
        <source>Nothing to copy: “%1” is empty.</source>
        <translation>Rien à copier : « %1 » est vide.</translation>
    </message>
    <message>
        <source>Login copied.</source>
        <translation>Identifiant copié.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Presse-papiers vidé.</translation>
    </message>
</context>
<context>
    <name>SecretsPanel</name>
    <message>
        <source>Password and tokens</source>
        <translation>Mot de passe et jetons</translation>
    </message>
    <message>
        <source>Kept in your system’s keyring, never in CM Toolbox’s files.</source>
        <translation>Conservés dans le trousseau de votre système, jamais dans les fichiers de CM Toolbox.</translation>
    </message>
    <message>
        <source>Add a secret</source>
        <translation>Ajouter un secret</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <source>Other secret</source>
        <translation>Autre secret</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Disabled: no secure keyring is available (see the message at the top of the page). Passwords are never stored anywhere else.</source>
        <translation>Désactivé : aucun trousseau sécurisé n’est disponible (voir le message en haut de la page). Les mots de passe ne sont jamais enregistrés ailleurs.</translation>
    </message>
</context>
<context>
    <name>SendToDialog</name>
    <message>
        <source>Note or post</source>
        <translation>Note ou post</translation>
    </message>
    <message>
        <source>Create a &amp;note (with the link and the source)</source>
        <translation>Créer une &amp;note (avec le lien et la source)</translation>
    </message>
    <message>
        <source>Prepare a &amp;post (new draft and clipboard)</source>
        <translation>Préparer une &amp;publication (nouveau brouillon et presse-papiers)</translation>
    </message>
    <message>
        <source>The notebook is not available in this version.</source>
        <translation>Le carnet n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Add UTM tracking to the link</source>
        <translation>Ajouter un suivi UTM au lien</translation>
    </message>
    <message>
        <source>Source (utm_source):</source>
        <translation>Source (utm_source) :</translation>
    </message>
    <message>
        <source>Medium (utm_medium):</source>
        <translation>Support (utm_medium) :</translation>
    </message>
    <message>
        <source>Campaign (utm_campaign):</source>
        <translation>Campagne (utm_campaign) :</translation>
    </message>
    <message>
        <source>UTM parameters let the client’s analytics count the visits this link brings.</source>
        <translation>Les paramètres UTM permettent aux statistiques du client de compter les visites apportées par ce lien.</translation>
    </message>
    <message>
        <source>Remember these values</source>
        <translation>Mémoriser ces valeurs</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
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
        <source>For example: %1</source>
        <translation>Par exemple : %1</translation>
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
        <source>The menus and the sidebar change language at once; the sections after a restart, which CM Toolbox offers.</source>
        <translation>Les menus et la barre latérale changent de langue aussitôt ; les sections après un redémarrage, que CM Toolbox propose.</translation>
    </message>
    <message>
        <source>&amp;Regional format:</source>
        <translation>&amp;Format régional :</translation>
    </message>
    <message>
        <source>How dates and numbers are written, whatever the language of the menus</source>
        <translation>Comment s’écrivent les dates et les nombres, quelle que soit la langue des menus</translation>
    </message>
    <message>
        <source>Example of the regional format</source>
        <translation>Exemple du format régional</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
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
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SnippetsButton</name>
    <message>
        <source>Snippets</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <source>Insert a snippet</source>
        <translation>Insérer un extrait</translation>
    </message>
    <message>
        <source>Hashtag sets, signatures, calls to action, mentions (%1)</source>
        <translation>Jeux de hashtags, signatures, appels à l’action, mentions (%1)</translation>
    </message>
    <message>
        <source>No snippets yet</source>
        <translation>Pas encore d’extrait</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Manage snippets…</source>
        <translation>Gérer les extraits…</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <source>Snippets of %1</source>
        <translation>Extraits de %1</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <source>Every network</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <source>For every client</source>
        <translation>Pour tous les clients</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>N&amp;etwork:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Copy the accounts' hashtags</source>
        <translation>Copier les hashtags des comptes</translation>
    </message>
    <message>
        <source>Make editable snippets of the default hashtags set on the accounts</source>
        <translation>Faire des extraits modifiables des hashtags par défaut des comptes</translation>
    </message>
    <message>
        <source>(account)</source>
        <translation>(compte)</translation>
    </message>
    <message>
        <source>(every client)</source>
        <translation>(tous les clients)</translation>
    </message>
    <message>
        <source>Default hashtags of an account: edit them in the Accounts section.</source>
        <translation>Hashtags par défaut d’un compte : modifiez-les dans la section Comptes.</translation>
    </message>
    <message>
        <source>A new snippet: give it a name and its text, then Save.</source>
        <translation>Un nouvel extrait : donnez-lui un nom et un texte, puis Enregistrer.</translation>
    </message>
    <message>
        <source>Snippet changed</source>
        <translation>Extrait modifié</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Give the snippet a name.</source>
        <translation>Donnez un nom à l’extrait.</translation>
    </message>
    <message>
        <source>This is too long for a snippet.</source>
        <translation>C’est trop long pour un extrait.</translation>
    </message>
    <message>
        <source>Snippet “%1” moved to the trash</source>
        <translation>Extrait « %1 » mis à la corbeille</translation>
    </message>
    <message>
        <source>Accounts' hashtags copied to snippets</source>
        <translation>Hashtags des comptes copiés en extraits</translation>
    </message>
    <message numerus="yes">
        <source>%n snippet(s) made from the accounts' hashtags.</source>
        <translation>
            <numerusform>%n extrait créé à partir des hashtags des comptes.</numerusform>
            <numerusform>%n extraits créés à partir des hashtags des comptes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name shown in the list (optional)</source>
        <translation>Nom affiché dans la liste (facultatif)</translation>
    </message>
    <message>
        <source>competition, Lyon, inspiration…</source>
        <translation>concurrence, Lyon, inspiration…</translation>
    </message>
    <message>
        <source>No folder (Veille/Concurrents…)</source>
        <translation>Aucun dossier (Veille/Concurrents…)</translation>
    </message>
    <message>
        <source>Why you follow it, what to watch…</source>
        <translation>Pourquoi vous la suivez, ce qu’il faut surveiller…</translation>
    </message>
    <message>
        <source>Shared with all clients</source>
        <translation>Partagée avec tous les clients</translation>
    </message>
    <message>
        <source>A shared source (a trade magazine, say) shows in the list of every client.</source>
        <translation>Une source partagée (un magazine professionnel, par exemple) apparaît dans la liste de chaque client.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>This address is in the trash: “%1”.</source>
        <translation>Cette adresse est dans la corbeille : « %1 ».</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>La restaurer</translation>
    </message>
    <message>
        <source>This address is already in your sources: “%1”.</source>
        <translation>Cette adresse figure déjà dans vos sources : « %1 ».</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>L’ouvrir</translation>
    </message>
</context>
<context>
    <name>SourceFlows</name>
    <message>
        <source>“%1” restored from the trash</source>
        <translation>« %1 » restaurée depuis la corbeille</translation>
    </message>
    <message>
        <source>“%1” added</source>
        <translation>« %1 » ajoutée</translation>
    </message>
    <message>
        <source>“%1” edited</source>
        <translation>« %1 » modifiée</translation>
    </message>
    <message>
        <source>This address is already in your sources: “%1”.</source>
        <translation>Cette adresse figure déjà dans vos sources : « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) starred</source>
        <translation>
            <numerusform>%n source étoilée</numerusform>
            <numerusform>%n sources étoilées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) unstarred</source>
        <translation>
            <numerusform>%n source désétoilée</numerusform>
            <numerusform>%n sources désétoilées</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” moved to the trash</source>
        <translation>« %1 » mise à la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) moved to the trash</source>
        <translation>
            <numerusform>%n source mise à la corbeille</numerusform>
            <numerusform>%n sources mises à la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>Ranger dans un dossier</translation>
    </message>
    <message numerus="yes">
        <source>Folder of the %n selected source(s) (“/” makes a subfolder; empty: no folder):</source>
        <translation>
            <numerusform>Dossier de la source sélectionnée (« / » crée un sous-dossier ; vide : aucun dossier) :</numerusform>
            <numerusform>Dossier des %n sources sélectionnées (« / » crée un sous-dossier ; vide : aucun dossier) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) moved to “%1”</source>
        <translation>
            <numerusform>%n source rangée dans « %1 »</numerusform>
            <numerusform>%n sources rangées dans « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) taken out of their folder</source>
        <translation>
            <numerusform>%n source sortie de son dossier</numerusform>
            <numerusform>%n sources sorties de leur dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>Importer des favoris</translation>
    </message>
    <message>
        <source>Bookmark files (*.html *.htm);;All files (*)</source>
        <translation>Fichiers de favoris (*.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This file holds no bookmarks.</source>
        <translation>Ce fichier ne contient aucun favori.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import of “%1”</source>
        <translation>Import de « %1 »</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import annulé : rien n’a été importé.</translation>
    </message>
    <message>
        <source>Bookmarks imported: %1</source>
        <translation>Favoris importés : %1</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>Exporter les favoris</translation>
    </message>
    <message>
        <source>Bookmark files (*.html)</source>
        <translation>Fichiers de favoris (*.html)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) exported to %1.</source>
        <translation>
            <numerusform>%n source exportée dans %1.</numerusform>
            <numerusform>%n sources exportées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Starred for the press review</source>
        <translation>Étoilée pour la revue de presse</translation>
    </message>
    <message>
        <source>(shared)</source>
        <translation>(partagé)</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>Vérifié le %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Press review</source>
        <translation>Revue de presse</translation>
    </message>
    <message>
        <source>Bookmarked blogs, groups, channels, competitors (Ctrl+Shift+1)</source>
        <translation>Blogs, groupes, chaînes et concurrents en favoris (Ctrl+Maj+1)</translation>
    </message>
    <message>
        <source>Feeds, stored and readable offline (Ctrl+Shift+2)</source>
        <translation>Flux, enregistrés et lisibles hors ligne (Ctrl+Maj+2)</translation>
    </message>
    <message>
        <source>Build and export the weekly press review (Ctrl+Shift+3)</source>
        <translation>Préparer et exporter la revue de presse de la semaine (Ctrl+Maj+3)</translation>
    </message>
    <message>
        <source>Create or choose a client in the sidebar to follow their sources and feeds.</source>
        <translation>Créez ou choisissez un client dans la barre latérale pour suivre ses sources et ses flux.</translation>
    </message>
    <message>
        <source>&amp;Subscribe to a feed…</source>
        <translation>&amp;S’abonner à un flux…</translation>
    </message>
    <message>
        <source>New press &amp;review</source>
        <translation>Nouvelle &amp;revue de presse</translation>
    </message>
    <message>
        <source>New &amp;source…</source>
        <translation>Nouvelle &amp;source…</translation>
    </message>
    <message>
        <source>Choose or create a client first.</source>
        <translation>Choisissez ou créez d’abord un client.</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Bookmark a blog, a group, a channel or a competitor (Ctrl+N)</source>
        <translation>Ajouter un blog, un groupe, une chaîne ou un concurrent (Ctrl+N)</translation>
    </message>
    <message>
        <source>Find dead and moved pages, in the background</source>
        <translation>Repérer les pages mortes ou déplacées, en arrière-plan</translation>
    </message>
    <message>
        <source>Import the bookmarks.html file exported by a browser</source>
        <translation>Importer le fichier bookmarks.html exporté par un navigateur</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Any link state</source>
        <translation>Tous les états de lien</translation>
    </message>
    <message>
        <source>No sources yet for this client. Add the blogs, groups, channels and competitors you watch (Ctrl+N), or import the bookmarks of your browser.</source>
        <translation>Pas encore de sources pour ce client. Ajoutez les blogs, groupes, chaînes et concurrents que vous surveillez (Ctrl+N), ou importez les favoris de votre navigateur.</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Arrêter (Échap)</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Nouvelle source…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Star for the press review</source>
        <translation>Étoiler pour la revue de presse</translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>Ranger dans un dossier…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Update address</source>
        <translation>Mettre à jour l’adresse</translation>
    </message>
    <message>
        <source>Import bookmarks…</source>
        <translation>Importer des favoris…</translation>
    </message>
    <message>
        <source>Export bookmarks…</source>
        <translation>Exporter les favoris…</translation>
    </message>
    <message>
        <source>Check links</source>
        <translation>Vérifier les liens</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Put the selected sources in a folder (Ctrl+M)</source>
        <translation>Ranger les sources sélectionnées dans un dossier (Ctrl+M)</translation>
    </message>
    <message>
        <source>Filter by name, address, notes, folder or tag (Ctrl+F)</source>
        <translation>Filtrer par nom, adresse, notes, dossier ou étiquette (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s)</source>
        <translation>
            <numerusform>%1 sur %n source</numerusform>
            <numerusform>%1 sur %n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Retirer l’étoile</translation>
    </message>
</context>
<context>
    <name>SpellLanguagesButton</name>
    <message>
        <source>Spell-check languages</source>
        <translation>Langues du correcteur orthographique</translation>
    </message>
    <message>
        <source>Application default</source>
        <translation>Par défaut de l’application</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Langues : %1</translation>
    </message>
</context>
<context>
    <name>SpellingService</name>
    <message>
        <source>“%1” added to the dictionary</source>
        <translation>« %1 » ajouté au dictionnaire</translation>
    </message>
</context>
<context>
    <name>StatusCombo</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Where this post is in the workflow</source>
        <translation>Où en est cette publication dans le circuit de validation</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Subscribe to a feed</source>
        <translation>S’abonner à un flux</translation>
    </message>
    <message>
        <source>Paste the address of an RSS, Atom or JSON feed, or simply of the site: its feeds are found for you.</source>
        <translation>Collez l’adresse d’un flux RSS, Atom ou JSON, ou simplement celle du site : ses flux sont trouvés pour vous.</translation>
    </message>
    <message>
        <source>https://www.example.com/ or https://…/feed.xml</source>
        <translation>https://www.exemple.fr/ ou https://…/feed.xml</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <source>Shared with all clients</source>
        <translation>Partagée avec tous les clients</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>S’abonner</translation>
    </message>
</context>
<context>
    <name>SubscriptionFlows</name>
    <message>
        <source>Looking for a feed at %1…</source>
        <translation>Recherche d’un flux à l’adresse %1…</translation>
    </message>
    <message>
        <source>No feed found at %1: this page announces none.</source>
        <translation>Aucun flux trouvé à l’adresse %1 : cette page n’en propose aucun.</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Subscribed to %1; it will be retried at the next refresh.</source>
        <translation>Abonnement à %1 enregistré ; le flux sera réessayé à la prochaine actualisation.</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to “%1”: %n item(s).</source>
        <translation>
            <numerusform>Abonné à « %1 » : %n article.</numerusform>
            <numerusform>Abonné à « %1 » : %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was in the trash: it is back.</source>
        <translation>« %1 » était dans la corbeille : il est de retour.</translation>
    </message>
    <message>
        <source>You already follow “%1”.</source>
        <translation>Vous suivez déjà « %1 ».</translation>
    </message>
    <message>
        <source>Subscribe to a feed</source>
        <translation>S’abonner à un flux</translation>
    </message>
    <message>
        <source>%1

Subscribe anyway? The feed will be retried at each refresh.</source>
        <translation>%1

S’abonner quand même ? Le flux sera réessayé à chaque actualisation.</translation>
    </message>
    <message>
        <source>Rename feed</source>
        <translation>Renommer le flux</translation>
    </message>
    <message>
        <source>Name (empty: the feed’s own title):</source>
        <translation>Nom (vide : titre d’origine du flux) :</translation>
    </message>
    <message>
        <source>Feed renamed</source>
        <translation>Flux renommé</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1”</source>
        <translation>Désabonné de « %1 »</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importer un OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Fichiers OPML (*.opml *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This list holds no feeds.</source>
        <translation>Cette liste ne contient aucun flux.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import annulé : rien n’a été importé.</translation>
    </message>
    <message>
        <source>Feeds imported: %1 Press F5 to fetch their items.</source>
        <translation>Flux importés : %1 Appuyez sur F5 pour récupérer leurs articles.</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Exporter en OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>Fichiers OPML (*.opml)</translation>
    </message>
    <message>
        <source>CM Toolbox feeds</source>
        <translation>Flux CM Toolbox</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) exported to %1.</source>
        <translation>
            <numerusform>%n flux exporté dans %1.</numerusform>
            <numerusform>%n flux exportés dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncConflictsView</name>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Autre appareil</translation>
    </message>
    <message>
        <source>These texts were changed on two devices at once, in the same place. Nothing is lost: both versions are kept in the text, one after the other. Open it to tidy it, then keep the merged text, or keep one of the two versions.</source>
        <translation>Ces textes ont été modifiés sur deux appareils à la fois, au même endroit. Rien n’est perdu : les deux versions sont gardées dans le texte, l’une après l’autre. Ouvrez-le pour le mettre au propre, puis gardez le texte fusionné, ou l’une des deux versions.</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Garder cette version</translation>
    </message>
    <message>
        <source>Replace the text with this device's version</source>
        <translation>Remplacer le texte par la version de cet appareil</translation>
    </message>
    <message>
        <source>Replace the text with the other device's version</source>
        <translation>Remplacer le texte par la version de l’autre appareil</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show the text in its section, to tidy it</source>
        <translation>Afficher le texte dans sa section, pour le mettre au propre</translation>
    </message>
    <message>
        <source>Keep the merged text</source>
        <translation>Garder le texte fusionné</translation>
    </message>
    <message>
        <source>Keep the text as it is now (both versions, as you tidied them) and close the conflict</source>
        <translation>Garder le texte tel qu’il est maintenant (les deux versions, telles que vous les avez mises au propre) et clore le conflit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Library item</source>
        <translation>Élément de la médiathèque</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Press review</source>
        <translation>Revue de presse</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No conflict: every device agrees.</source>
        <translation>Aucun conflit : tous les appareils sont d’accord.</translation>
    </message>
    <message>
        <source>Conflict resolved: %1</source>
        <translation>Conflit résolu : %1</translation>
    </message>
    <message>
        <source>This device's version kept: %1</source>
        <translation>Version de cet appareil gardée : %1</translation>
    </message>
    <message>
        <source>Other device's version kept: %1</source>
        <translation>Version de l’autre appareil gardée : %1</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Click to open File ▸ Sync…</source>
        <translation>Cliquez pour ouvrir Fichier ▸ Synchroniser…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) changed on two devices at once: both versions are kept, see Conflicts.</source>
        <translation>
            <numerusform>%n texte modifié sur deux appareils à la fois : les deux versions sont gardées, voir Conflits.</numerusform>
            <numerusform>%n textes modifiés sur deux appareils à la fois : les deux versions sont gardées, voir Conflits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes… %1 of %2</source>
        <translation>Envoi des modifications… %1 sur %2</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Envoi des modifications…</translation>
    </message>
    <message>
        <source>Receiving changes… %1 received</source>
        <translation>Réception des modifications… %1 reçues</translation>
    </message>
    <message>
        <source>Connecting to the sync target…</source>
        <translation>Connexion à la cible de synchronisation…</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Never synced on this computer.</source>
        <translation>Jamais synchronisé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n modification reçue</numerusform>
            <numerusform>%n modifications reçues</numerusform>
        </translation>
    </message>
    <message>
        <source>Library files: %1 sent, %2 received.</source>
        <translation>Fichiers de la médiathèque : envoyés %1, reçus %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) edited on two devices merged.</source>
        <translation>
            <numerusform>%n texte modifié sur deux appareils fusionné.</numerusform>
            <numerusform>%n textes modifiés sur deux appareils fusionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Dernière tentative : %1</translation>
    </message>
    <message>
        <source>Offline — target cannot be reached</source>
        <translation>Hors ligne — cible injoignable</translation>
    </message>
    <message>
        <source>The sync target cannot be reached (offline, or the server is down). Your work is safe here; the next sync will try again.</source>
        <translation>La cible de synchronisation est injoignable (hors ligne, ou serveur arrêté). Votre travail est en sécurité ici ; la prochaine synchronisation réessaiera.</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Phrase secrète fausse</translation>
    </message>
    <message>
        <source>The passphrase is wrong: this target was encrypted with another one. Nothing was synced.</source>
        <translation>La phrase secrète est fausse : cette cible a été chiffrée avec une autre. Rien n’a été synchronisé.</translation>
    </message>
    <message>
        <source>Passphrase needed</source>
        <translation>Phrase secrète requise</translation>
    </message>
    <message>
        <source>This target is encrypted: enter its passphrase.</source>
        <translation>Cette cible est chiffrée : saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <source>Target not encrypted</source>
        <translation>Cible non chiffrée</translation>
    </message>
    <message>
        <source>This target is not encrypted: turn encryption off here, or sync to a new, empty target.</source>
        <translation>Cette cible n’est pas chiffrée : désactivez le chiffrement ici, ou synchronisez vers une nouvelle cible vide.</translation>
    </message>
    <message>
        <source>Copied data folder</source>
        <translation>Dossier de données copié</translation>
    </message>
    <message>
        <source>Another installation syncs under this computer's identity (was the data folder copied?). Open File ▸ Sync… to give this copy its own identity.</source>
        <translation>Une autre installation se synchronise sous l’identité de cet ordinateur (le dossier de données a-t-il été copié ?). Ouvrez Fichier ▸ Synchroniser… pour donner à cette copie sa propre identité.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Where to sync</source>
        <translation>Où synchroniser</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav/files/me/CM Toolbox</source>
        <translation>https://cloud.exemple.fr/remote.php/dav/files/moi/CM Toolbox</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>WebDAV address or folder:</source>
        <translation>Adresse WebDAV ou dossier :</translation>
    </message>
    <message>
        <source>Your own Nextcloud, ownCloud or any WebDAV server, or a folder that Nextcloud, Syncthing or Dropbox already syncs. Nothing goes through a server of ours.</source>
        <translation>Votre propre Nextcloud, ownCloud ou tout serveur WebDAV, ou un dossier que Nextcloud, Syncthing ou Dropbox synchronise déjà. Rien ne passe par un serveur à nous.</translation>
    </message>
    <message>
        <source>WebDAV user:</source>
        <translation>Utilisateur WebDAV :</translation>
    </message>
    <message>
        <source>WebDAV password:</source>
        <translation>Mot de passe WebDAV :</translation>
    </message>
    <message>
        <source>End-to-end encryption</source>
        <translation>Chiffrement de bout en bout</translation>
    </message>
    <message>
        <source>Encrypt everything with a passphrase</source>
        <translation>Tout chiffrer avec une phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>The server's administrator cannot read your clients' data. Every device needs the same passphrase; it is kept in this computer's keyring. Account passwords are never synced: enter them on each computer.</source>
        <translation>L’administrateur du serveur ne peut pas lire les données de vos clients. Chaque appareil a besoin de la même phrase secrète ; elle est gardée dans le trousseau de cet ordinateur. Les mots de passe des comptes ne sont jamais synchronisés : saisissez-les sur chaque ordinateur.</translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation>Quoi synchroniser</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Only the clients shared with me:</source>
        <translation>Seulement les clients partagés avec moi :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Give this copy its own identity…</source>
        <translation>Donner à cette copie sa propre identité…</translation>
    </message>
    <message>
        <source>Other targets</source>
        <translation>Autres cibles</translation>
    </message>
    <message>
        <source>This computer synced with these targets before. Each one keeps a copy of the recent changes here until it is forgotten; forget the ones you no longer use.</source>
        <translation>Cet ordinateur s’est déjà synchronisé avec ces cibles. Pour chacune, une copie des modifications récentes reste ici tant qu’elle n’est pas oubliée : oubliez celles que vous n’utilisez plus.</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Oublier…</translation>
    </message>
    <message>
        <source>(stored in the keyring)</source>
        <translation>(gardé dans le trousseau)</translation>
    </message>
    <message>
        <source>Address not recorded (%1)</source>
        <translation>Adresse non enregistrée (%1)</translation>
    </message>
    <message>
        <source>never synced whole</source>
        <translation>jamais synchronisée entièrement</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>dernière synchronisation %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n account secret(s) to enter on this computer, in Accounts:</source>
        <translation>
            <numerusform>%n secret de compte à saisir sur cet ordinateur, dans Comptes :</numerusform>
            <numerusform>%n secrets de compte à saisir sur cet ordinateur, dans Comptes :</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder to sync through</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>Enter a WebDAV address or choose a folder first.</source>
        <translation>Saisissez d’abord une adresse WebDAV ou choisissez un dossier.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Envoi des modifications…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>Réception des modifications…</translation>
    </message>
    <message>
        <source>Give this copy its own identity</source>
        <translation>Donner à cette copie sa propre identité</translation>
    </message>
    <message>
        <source>This data folder syncs under the same identity as another computer: it was probably copied from it. Give this computer an identity of its own? Nothing is lost: what this copy changed is sent again under the new identity, and the other computer's changes arrive here as another device's.</source>
        <translation>Ce dossier de données se synchronise sous la même identité qu’un autre ordinateur : il en a sans doute été copié. Donner à cet ordinateur sa propre identité ? Rien n’est perdu : ce que cette copie a modifié est renvoyé sous la nouvelle identité, et les modifications de l’autre ordinateur arrivent ici comme celles d’un autre appareil.</translation>
    </message>
    <message>
        <source>Forget this target</source>
        <translation>Oublier cette cible</translation>
    </message>
    <message>
        <source>Forget %1? This computer will no longer keep the changes that target has not received yet. Nothing is deleted on the target, and the other devices keep everything; syncing with it again later sends it everything anew.</source>
        <translation>Oublier %1 ? Cet ordinateur ne gardera plus les modifications que cette cible n’a pas encore reçues. Rien n’est supprimé sur la cible et les autres appareils gardent tout ; s’y synchroniser plus tard lui renverra tout.</translation>
    </message>
    <message>
        <source>This is the current sync target: choose another one first.</source>
        <translation>C’est la cible de synchronisation actuelle : choisissez-en d’abord une autre.</translation>
    </message>
    <message>
        <source>Sync once with the current target first: this computer does not know yet which of its targets it is.</source>
        <translation>Synchronisez d’abord une fois avec la cible actuelle : cet ordinateur ne sait pas encore laquelle de ses cibles c’est.</translation>
    </message>
    <message>
        <source>This computer never synced with it.</source>
        <translation>Cet ordinateur ne s’est jamais synchronisé avec elle.</translation>
    </message>
    <message>
        <source>Never synced on this computer.</source>
        <translation>Jamais synchronisé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Last sync %1: %2, %3.</source>
        <translation>Dernière synchronisation %1 : %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n modification reçue</numerusform>
            <numerusform>%n modifications reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) changed on two devices at once: see Conflicts.</source>
        <translation>
            <numerusform>%n texte modifié sur deux appareils à la fois : voir Conflits.</numerusform>
            <numerusform>%n textes modifiés sur deux appareils à la fois : voir Conflits.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync target cannot be reached (offline, or the server is down). Your work is safe here; the next sync will try again.</source>
        <translation>La cible de synchronisation est injoignable (hors ligne, ou serveur arrêté). Votre travail est en sécurité ici ; la prochaine synchronisation réessaiera.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: this target was encrypted with another one. Nothing was synced.</source>
        <translation>La phrase secrète est fausse : cette cible a été chiffrée avec une autre. Rien n’a été synchronisé.</translation>
    </message>
    <message>
        <source>This target is encrypted: enter its passphrase.</source>
        <translation>Cette cible est chiffrée : saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <source>This target is not encrypted: turn encryption off here, or sync to a new, empty target.</source>
        <translation>Cette cible n’est pas chiffrée : désactivez le chiffrement ici, ou synchronisez vers une nouvelle cible vide.</translation>
    </message>
    <message>
        <source>Another installation syncs under this computer's identity (was the data folder copied?).</source>
        <translation>Une autre installation se synchronise sous l’identité de cet ordinateur (le dossier de données a-t-il été copié ?).</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Last attempt %1: %2</source>
        <translation>Dernière tentative %1 : %2</translation>
    </message>
</context>
<context>
    <name>TabController</name>
    <message>
        <source>“%1” could not be imported. %2</source>
        <translation>« %1 » n’a pas pu être importé. %2</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Arrêter (Échap)</translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <source>New note from a template</source>
        <translation>Nouvelle note depuis un modèle</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;Create note</source>
        <translation>&amp;Créer la note</translation>
    </message>
    <message>
        <source>&amp;Delete this template</source>
        <translation>&amp;Supprimer ce modèle</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>Blank note</source>
        <translation>Note vierge</translation>
    </message>
    <message>
        <source>An empty note.</source>
        <translation>Une note vide.</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Vos modèles</translation>
    </message>
    <message>
        <source>For all clients</source>
        <translation>Pour tous les clients</translation>
    </message>
    <message>
        <source>For this client</source>
        <translation>Pour ce client</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Template “%1” moved to the trash</source>
        <translation>Modèle « %1 » mis à la corbeille</translation>
    </message>
</context>
<context>
    <name>TextChecks</name>
    <message>
        <source>Fix all French &amp;typography</source>
        <translation>Corriger toute la &amp;typographie française</translation>
    </message>
    <message>
        <source>No-break spaces before ; : ! ? » and after «, “10 h”, typographic apostrophes, in one undo step (%1)</source>
        <translation>Espaces insécables avant ; : ! ? » et après «, « 10 h », apostrophes typographiques, en une seule étape d’annulation (%1)</translation>
    </message>
    <message>
        <source>Check French typography for this client</source>
        <translation>Vérifier la typographie française pour ce client</translation>
    </message>
    <message>
        <source>Check French typography on %1</source>
        <translation>Vérifier la typographie française sur %1</translation>
    </message>
    <message>
        <source>French typography is not checked in this text</source>
        <translation>La typographie française n’est pas vérifiée dans ce texte</translation>
    </message>
    <message>
        <source>French typography: nothing to fix</source>
        <translation>Typographie française : rien à corriger</translation>
    </message>
    <message numerus="yes">
        <source>French typography: %n correction(s)</source>
        <translation>
            <numerusform>Typographie française : %n correction</numerusform>
            <numerusform>Typographie française : %n corrections</numerusform>
        </translation>
    </message>
    <message>
        <source>« »</source>
        <translation>« »</translation>
    </message>
    <message>
        <source>French typography</source>
        <translation>Typographie française</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>This text has %1 characters; a %2 holds at most %3. Nothing was pasted, and the text is still in your clipboard: paste it in parts, or save it as a file and import it into the library.</source>
        <translation>Ce texte compte %1 caractères ; une %2 en contient au plus %3. Rien n’a été collé et le texte est toujours dans le presse-papiers : collez-le en plusieurs fois, ou enregistrez-le dans un fichier et importez-le dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Text too long to paste</source>
        <translation>Texte trop long pour être collé</translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <source>Thread network</source>
        <translation>Réseau du fil</translation>
    </message>
    <message>
        <source>Number the posts (1/n)</source>
        <translation>Numéroter les publications (1/n)</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau :</translation>
    </message>
    <message>
        <source>Write a text to see it as a thread.</source>
        <translation>Écrivez un texte pour le voir découpé en fil.</translation>
    </message>
    <message>
        <source>The text fits in one post on %1.</source>
        <translation>Le texte tient en une seule publication sur %1.</translation>
    </message>
    <message>
        <source>%1 posts on %2, cut between paragraphs and sentences where possible.</source>
        <translation>%1 publications sur %2, coupées entre les paragraphes et les phrases autant que possible.</translation>
    </message>
</context>
<context>
    <name>ThreadPart</name>
    <message>
        <source>Post %1 of %2</source>
        <translation>Publication %1 sur %2</translation>
    </message>
    <message>
        <source>Copy part</source>
        <translation>Copier la partie</translation>
    </message>
    <message>
        <source>Copy this post to the clipboard</source>
        <translation>Copier cette publication dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <source>last change</source>
        <translation>dernière modification</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli : %1</translation>
    </message>
</context>
<context>
    <name>UndoStatus</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
</context>
<context>
    <name>UnplannedList</name>
    <message>
        <source>Unplanned drafts</source>
        <translation>Brouillons non planifiés</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 — drag it onto a day to plan it</source>
        <translation>%1 — faites-le glisser sur un jour pour le planifier</translation>
    </message>
</context>
<context>
    <name>UnplannedPanel</name>
    <message>
        <source>Drag a draft onto a day to plan it; drop a post here to unplan it.</source>
        <translation>Faites glisser un brouillon sur un jour pour le planifier ; déposez une publication ici pour la déplanifier.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Unplanned (%n)</source>
        <translation>
            <numerusform>Non &amp;planifié (%n)</numerusform>
            <numerusform>Non &amp;planifiés (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VariantPanel</name>
    <message>
        <source>Reset to master</source>
        <translation>Revenir au texte principal</translation>
    </message>
    <message>
        <source>Drop %1's own text and follow the master again (Edit ▸ Undo brings it back)</source>
        <translation>Abandonner le texte propre à %1 et suivre de nouveau le texte principal (Édition ▸ Annuler le fait revenir)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stop posting this draft on %1</source>
        <translation>Ne plus publier ce brouillon sur %1</translation>
    </message>
    <message>
        <source>Text for %1</source>
        <translation>Texte pour %1</translation>
    </message>
    <message>
        <source>The text for %1. It follows the master until you edit it here.</source>
        <translation>Le texte pour %1. Il suit le texte principal jusqu’à ce que vous le modifiiez ici.</translation>
    </message>
    <message>
        <source>Follows the master</source>
        <translation>Suit le texte principal</translation>
    </message>
    <message>
        <source>Edit this text to give %1 its own version.</source>
        <translation>Modifiez ce texte pour donner à %1 sa propre version.</translation>
    </message>
    <message>
        <source>Own text (same as the master)</source>
        <translation>Texte propre (identique au principal)</translation>
    </message>
    <message>
        <source>Own text for %1</source>
        <translation>Texte propre à %1</translation>
    </message>
    <message>
        <source>This text no longer changes with the master.</source>
        <translation>Ce texte ne suit plus le texte principal.</translation>
    </message>
</context>
<context>
    <name>VariantTabs</name>
    <message>
        <source>Master text</source>
        <translation>Texte principal</translation>
    </message>
    <message>
        <source>Write the post once here: every network's version follows it until you edit that network's tab. Counters show each network's limit; Ctrl+Shift+S inserts a snippet.</source>
        <translation>Écrivez la publication une fois ici : la version de chaque réseau la suit jusqu’à ce que vous modifiiez l’onglet de ce réseau. Les compteurs montrent la limite de chaque réseau ; Ctrl+Maj+S insère un extrait.</translation>
    </message>
    <message>
        <source>Mark the whole draft as published…</source>
        <translation>Marquer tout le brouillon comme publié…</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>The common text: every network's version starts from it</source>
        <translation>Le texte commun : la version de chaque réseau part de lui</translation>
    </message>
    <message>
        <source>+ Network</source>
        <translation>+ Réseau</translation>
    </message>
    <message>
        <source>Post this draft on one more network, with its own version</source>
        <translation>Publier ce brouillon sur un réseau de plus, avec sa propre version</translation>
    </message>
    <message>
        <source>%1 has its own text, different from the master</source>
        <translation>%1 a son propre texte, différent du principal</translation>
    </message>
    <message>
        <source>%1 follows the master</source>
        <translation>%1 suit le texte principal</translation>
    </message>
    <message>
        <source>%1 has its own text, the same as the master</source>
        <translation>%1 a son propre texte, identique au principal</translation>
    </message>
</context>
<context>
    <name>WeekBody</name>
    <message>
        <source>Week calendar</source>
        <translation>Calendrier de la semaine</translation>
    </message>
</context>
<context>
    <name>WeekHeader</name>
    <message>
        <source>W%1</source>
        <translation>S%1</translation>
    </message>
</context>
<context>
    <name>WhatWorkedTab</name>
    <message>
        <source>Engagement rate on reach</source>
        <translation>Taux d’engagement sur la portée</translation>
    </message>
    <message>
        <source>Engagement rate on impressions</source>
        <translation>Taux d’engagement sur les impressions</translation>
    </message>
    <message>
        <source>Reach counts people, impressions count displays</source>
        <translation>La portée compte des personnes, les impressions des affichages</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Taux d’engagement</translation>
    </message>
    <message>
        <source>By network</source>
        <translation>Par réseau</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>Par jour de la semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>By format</source>
        <translation>Par format</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>By length</source>
        <translation>Par longueur</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Par étiquette</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>What worked best</source>
        <translation>Ce qui a le mieux marché</translation>
    </message>
    <message>
        <source>What worked least</source>
        <translation>Ce qui a le moins marché</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Nothing to learn from yet: enter the figures of published posts in the Entry tab, or import an analytics export.</source>
        <translation>Rien à en tirer pour l’instant : saisissez les chiffres des publications dans l’onglet Saisie, ou importez un export de statistiques.</translation>
    </message>
    <message>
        <source>%1 · engagement rate over all of them: %2</source>
        <translation>%1 · taux d’engagement sur l’ensemble : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) with figures</source>
        <translation>
            <numerusform>%n publication chiffrée</numerusform>
            <numerusform>%n publications chiffrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Best slots to publish: %1</source>
        <translation>Meilleurs créneaux pour publier : %1</translation>
    </message>
    <message>
        <source>Engagements / reach</source>
        <translation>Interactions / portée</translation>
    </message>
    <message>
        <source>Engagements / impressions</source>
        <translation>Interactions / impressions</translation>
    </message>
</context>
<context>
    <name>_FoldCard</name>
    <message>
        <source>%1 — cut after %2 characters</source>
        <translation>%1 — coupé après %2 caractères</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>Rien à prévisualiser pour l’instant.</translation>
    </message>
    <message>
        <source>… see more</source>
        <translation>… voir plus</translation>
    </message>
    <message>
        <source>Shown in full: nothing is hidden.</source>
        <translation>Affiché en entier : rien n’est masqué.</translation>
    </message>
    <message>
        <source>%1 more characters are behind “see more”: put the hook in the first line.</source>
        <translation>%1 caractères de plus sont cachés derrière « voir plus » : placez l’accroche dès la première ligne.</translation>
    </message>
</context>
</TS>