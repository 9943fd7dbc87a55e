<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name />
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to CM Toolbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a sample client to discover the app?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“Boulangerie Martin” comes with sample notes, sources and drafts. You can archive it at any time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CM Toolbox can replace it with one of its automatic copies, checked at start. Restart now to choose one; until then, avoid entering new work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created from a feed item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created from the press review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created from the quick composer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created as a copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to the client for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes requested by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publication on %1 withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publication withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replanned: %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment by %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no format rules known yet, not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation><numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes requested %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>planned %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rights ended %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rights end %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edited %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dead link (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts missing metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unread in feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rights ending soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes edited today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes edited this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dead links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing planned today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No proof is waiting for an answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every post of the last 30 days has its figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All caught up: no unread items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No rights end in the next 30 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No note edited today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No note edited in the last 7 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No dead link found by the link checks.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n unread item(s)</source>
        <translation><numerusform>%n unread item</numerusform><numerusform>%n unread items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan a date and time before marking a draft as scheduled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This draft has no text yet: write something before sending it on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a web address (it should start with https://).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This picture belongs to another client's library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hashtag sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls to action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This name cannot be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another client already has this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This name is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secure password store (keyring) is available on this system, so passwords cannot be saved. Everything else keeps working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not complete this operation. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something unexpected went wrong. The details were written to the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CM Toolbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rights expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rights end today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>rights end in %n day(s)</source>
        <translation><numerusform>rights end in %n day</numerusform><numerusform>rights end in %n days</numerusform></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GIF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GIFs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDFs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file was moved or deleted before it could be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be read (no permission, or the drive is unavailable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file weighs %1, more than the %2 the library accepts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough free disk space to import this file (%1 needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This type of file is not supported: the library takes images, GIFs, videos (MP4, MOV, WebM), PDFs and office documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not what its name says: its content is not a .%1 file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is damaged or incomplete (cut short during a download or a copy?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be recorded in the database; nothing was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file claims a picture of %1 megapixels in only %2, which no real picture does: it was not opened, as it could exhaust the memory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The picture has %1 megapixels, more than the %2 this format can be opened with safely. Saved as a standard JPEG, it can be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The picture is too large to open safely (more than %1 megapixels).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation><numerusform>%n imported</numerusform><numerusform>%n imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation><numerusform>%n already in the library</numerusform><numerusform>%n already in the library</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n brought back from the trash</source>
        <translation><numerusform>%n brought back from the trash</numerusform><numerusform>%n brought back from the trash</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation><numerusform>%n refused</numerusform><numerusform>%n refused</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged</source>
        <translation><numerusform>%n damaged</numerusform><numerusform>%n damaged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped, not media</source>
        <translation><numerusform>%n skipped, not media</numerusform><numerusform>%n skipped, not media</numerusform></translation>
    </message>
    <message>
        <source>Import cancelled (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import finished (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the picture is damaged: it cannot be read to the end. It was kept in the library; import it again from a good copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder holds too many files: only the first %1 were looked at.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instagram (feed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instagram (story)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instagram (reel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file weighs %1; %2 takes at most %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file weighs %1; %2 needs at least %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the picture is too tall (%1); %2 goes down to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the picture is too wide (%1); %2 goes up to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it lasts %1; %2 needs at least %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it lasts %1; %2 takes at most %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not take this kind of file here (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not take %2 files (it takes %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 px wide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is %1; %2 needs at least %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proportions %1 instead of the recommended %2: shown cropped or with bars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>narrower than the recommended %1 px: it may look blurry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>longer than %1: it will be posted as several parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pixel size unknown: proportions not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duration unknown: length not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: fits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: does not fit, because</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This data folder is already open elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another CM Toolbox, or a backup or restore command, is using the data folder %1. Close it, then start CM Toolbox again. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held by: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facebook group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social network account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YouTube channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dead link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uncertain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This page now lives at %1. Use “Update address” to follow it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page no longer answers (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check was not conclusive (%1): the page may only refuse robots.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page answered normally.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use “Check links” to find dead or moved pages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent an empty document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This address is a web page, not a feed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feed is damaged (not valid XML or JSON); the items already read are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feed is too large (over 10 MB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feed declares XML entities, a known way to freeze readers: refused for safety.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address redirects in a loop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address is not a valid web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This domain name does not exist (any more).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to the site (offline, or the site is down).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site answered in a way that breaks the HTTP rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected error while reading this feed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feed no longer exists at this address (error 404).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site says the feed was removed for good (error 410).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site refuses access to the feed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site asks to come back later (too many requests).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site has a technical problem (server error).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site answered with an error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local file of this feed no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local file of this feed cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feed could not be refreshed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This address is far too long to be a web page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address contains invisible control characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only web addresses (http or https) can be added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address has no site name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site name is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The port number is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not a bookmark file (HTML exported by a browser).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is too large to be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not a valid OPML subscription list (not XML).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This XML file is not an OPML subscription list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file declares XML entities and was refused for safety.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation><numerusform>%n duplicate skipped</numerusform><numerusform>%n duplicates skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (not web addresses).</source>
        <translation><numerusform>%n skipped (not web addresses).</numerusform><numerusform>%n skipped (not web addresses).</numerusform></translation>
    </message>
    <message>
        <source>The copy could not be restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed: your data folder is exactly as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This data was saved by a newer version of CM Toolbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please install the latest version of CM Toolbox to open it. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data could not be upgraded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The upgrade was cancelled and your data was left exactly as it was. A copy is also kept in the backups folder. Please report this problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data folder cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copy made before an upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic daily copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CM Toolbox can replace it with one of its automatic copies, checked just now. The newest is selected. The damaged file is kept aside as it is, never deleted:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore this copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your database file is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sound automatic copy is available. The damaged file is at:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (title)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (description)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links count as 23 characters, emoji as 2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links count as 23 characters; @name@server counts as @name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links count as Bluesky shortens them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An emoji counts as several characters (its size in bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An emoji counts as 2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counted in bytes: an accented letter counts as 2, an emoji as 4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: too long by %2 (limit %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the text weighs %2 bytes, more than the %3 allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 hashtags, %3 at most.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 links, %3 at most.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refuses the characters %2: remove the highlighted ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refuses some invisible characters in the text: remove the highlighted ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: this text breaks a rule of the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>links %1/%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recently used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smileys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gestures and people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Food and drink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Celebrations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nature and weather</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objects and business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hearts, arrows and symbols</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>As shown on the profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the profile in your browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail address or user name used to sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the login (Ctrl+B)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;etwork:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profile address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which phone or app receives the codes, where the backup codes are kept… Never the codes themselves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Character li&amp;mit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set it when this account allows longer posts (a Mastodon server’s limit, X Premium).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#BrandName #City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default hashta&amp;gs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who else has access, recovery e-mail, billing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network default (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@server, e.g. boulangerie@mastodon.social</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>@name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page or user name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No account selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts of the current client</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>“%1” saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter at least a handle, a display name or a login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A handle cannot contain spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This client already has this account on this network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile address is not a valid web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many default hashtags (30 at most).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every password or token needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two secrets of this account have the same name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A secret name is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many secrets for one account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring is not available, so the password or token you typed was not saved (nothing else was). Save again once it works, or clear the value to save the rest of the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save changes to account “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your changes will be lost if you don’t save them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do&amp;n’t save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save changes to account “%1” before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be saved as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct it and save, or close and lose these changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” moved to the trash; its passwords stay in the keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1” permanently?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its passwords and tokens are also deleted from the system keyring. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account deleted. Its secrets will be removed from the keyring when it is available again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Account deleted, with %n secret(s) removed from the keyring.</source>
        <translation><numerusform>Account deleted, with %n secret removed from the keyring.</numerusform><numerusform>Account deleted, with %n secrets removed from the keyring.</numerusform></translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has accounts with passwords or tokens in the system keyring (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep them if you may work for this client again: unarchiving brings everything back. Or delete the passwords and tokens from the keyring now; the accounts themselves (handles, logins, notes) are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the passwords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the passwords now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default hashtags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Character limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets in the keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 - accounts.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the list of accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n account(s) exported to %1.</source>
        <translation><numerusform>%n account exported to %1.</numerusform><numerusform>%n accounts exported to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New account (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter accounts (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the &amp;trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the list of accounts as a CSV file, for a hand-over. Passwords are never included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create or choose a client to record their social accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The trash holds no accounts of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No account matches the filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No accounts yet for %1.
Add one with New account (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a deleted account to restore it, or to delete it permanently with its passwords.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an account in the list, or add the client’s Instagram, Facebook, LinkedIn… with New account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trash: accounts of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new account</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Record the client's answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick what the client answered for each post. Approved posts become “Approved”; posts with changes requested go back to “Draft” with the client's words in their history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who answered, at the client's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proof sent on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client's words (what to change, or their comment)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BacklinksPanel</name>
    <message>
        <source>Notes linking here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backlinks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a note to see which notes link to it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Linked from %n note(s)</source>
        <translation><numerusform>Linked from %n note</numerusform><numerusform>Linked from %n notes</numerusform></translation>
    </message>
    <message>
        <source>No note links here yet. Type [[%1]] in another note to link it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BatFlow</name>
    <message>
        <source>The proof was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A selected draft no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proof (*.html *.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the proof as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proof saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the proof…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proof saved</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Mark the %n post(s) as sent to the client for approval?</source>
        <translation><numerusform>Mark the %n post as sent to the client for approval?</numerusform><numerusform>Mark the %n posts as sent to the client for approval?</numerusform></translation>
    </message>
    <message>
        <source>Their status becomes “To approve” and their history keeps the exact text sent. Edit ▸ Undo puts them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BAT sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proof sent for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not marked as sent</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n post(s) waiting for the client's approval.</source>
        <translation><numerusform>%n post waiting for the client's approval.</numerusform><numerusform>%n posts waiting for the client's approval.</numerusform></translation>
    </message>
    <message>
        <source>Client's answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answers were not recorded</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation><numerusform>%n approved</numerusform><numerusform>%n approved</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n with changes requested</source>
        <translation><numerusform>%n with changes requested</numerusform><numerusform>%n with changes requested</numerusform></translation>
    </message>
    <message>
        <source>Client's answers recorded: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BatTexts</name>
    <message>
        <source>Proof for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each post is shown as it will appear on its network. Please read them, tick your answer in the box under each post and add your comments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts in this proof</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not planned yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Networks: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… see more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown after “see more”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thread of %1 posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GIF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picture missing from the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name and date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BookmarkImportDialog</name>
    <message>
        <source>Import bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” holds %2 in %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation><numerusform>%n bookmark</numerusform><numerusform>%n bookmarks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation><numerusform>%n folder</numerusform><numerusform>%n folders</numerusform></translation>
    </message>
    <message>
        <source>Folders become &amp;tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the &amp;folders (shown in the folder list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ignore folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags and dates saved by the browser are kept. Addresses you already have are skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folders:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind of the imported sources:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import these bookmarks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarController</name>
    <message>
        <source>Draft moved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft moved to %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft taken off the calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key date added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key date changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key date deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 - calendar.ics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 - drafts.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous month or week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next month or week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;All clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the posts of every client, each edged with the client's colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar file (.&amp;ics)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For Google Calendar, Outlook or Apple Calendar; importing again updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spreadsheet (&amp;CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour by network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the planned posts of the client shown (or of every client)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statuses: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only some statuses</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Choose a client, or show all clients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times shown in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Take off the calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a &amp;key date on %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this &amp;week</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <source>Add to the review →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the selected items (Ctrl+Return or double-click)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Star items in the Feeds tab (S) or sources in the Sources tab (Ctrl+D): they appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Starred, not yet in the review&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckMenu</name>
    <message>
        <source>Delete it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A no-break space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A narrow no-break space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (with a no-break space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop flagging this here until the text is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Always ignore (texts of no client)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never flag this wording again in notes and drafts of no client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Always ignore (this client)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never flag this wording again in this client's texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop checking typography on %1 (this client)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop checking typography for this client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept this word for the current client from now on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to the dictionary of every client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop flagging this word in this editor until it is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientLanguagesButton</name>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client languages: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientSwitcher</name>
    <message>
        <source>Current client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current client (Ctrl+Shift+C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;archived clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No client yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Un&amp;archive client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Archive client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive “%1”? Its notes, sources and drafts are kept; the client is hidden from the list until you show archived clients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client renamed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client unarchived</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CounterBar</name>
    <message>
        <source>Networks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the networks to count for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one or more networks to see their counters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hashtags: %1 · Mentions: %2 · Links: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>Choose or create a client first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feeds are being refreshed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No feed to refresh: subscribe to feeds in Sources ▸ Feeds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refreshing the feeds…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The current client's records (with the shared ones), or every client's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh the dashboard (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add a source…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a note in the Notebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a post in Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch the new items of the client's feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookmark a blog, a group, a competitor…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No client selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create or choose a client in the sidebar to see their week here, or show all clients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>CM Toolbox backups (*%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up all data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup cancelled: nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be written (%1). Your data is unchanged; try another folder or free some disk space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up to %1 (%2 library files).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CM Toolbox backups (*%1);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a complete CM Toolbox backup (%2). Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be read (%2). Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup of %1 (CM Toolbox %2, %3 library files) will replace all current data. The current data is kept aside in the data folder. CM Toolbox restarts to finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export %1 only, or every client?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export into which folder?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export could not be written (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything of %1 will be exported, then deleted for good: notes, sources, feeds, drafts, library files, accounts and their passwords. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export is in %1.
Type the client's name, %2, to delete it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name did not match: nothing was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and all its records were deleted.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s) removed.</source>
        <translation><numerusform>%n record removed.</numerusform><numerusform>%n records removed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n library file(s) removed from the disk.</source>
        <translation><numerusform>%n library file removed from the disk.</numerusform><numerusform>%n library files removed from the disk.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) or token(s) removed from the keyring.</source>
        <translation><numerusform>%n password or token removed from the keyring.</numerusform><numerusform>%n passwords or tokens removed from the keyring.</numerusform></translation>
    </message>
</context>
<context>
    <name>DayGrid</name>
    <message>
        <source>no post</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DictionaryDialog</name>
    <message>
        <source>Personal dictionary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words the spell checker accepts for every client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words the spell checker accepts for %1, and for every client. Add words from the editor: right-click an underlined word.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (every client)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No words yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n word(s) removed from the dictionary</source>
        <translation><numerusform>%n word removed from the dictionary</numerusform><numerusform>%n words removed from the dictionary</numerusform></translation>
    </message>
</context>
<context>
    <name>DiscoveredFeedsDialog</name>
    <message>
        <source>Choose a feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a web page. It announces these feeds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(untitled feed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft no longer planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 added to the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 removed from the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 follows the master again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach from the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media of the draft changed (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft “%1” moved to the trash</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftController</name>
    <message>
        <source>This draft no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft could not be saved; retrying in a few seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title (for you and the calendar; not posted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client's languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spell-check languages of this draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftHistoryDialog</name>
    <message>
        <source>Saved on leaving the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put this version back in the draft; the current text stays in the history</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftItemDelegate</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftListActions</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n draft(s) moved</source>
        <translation><numerusform>%n draft moved</numerusform><numerusform>%n drafts moved</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) archived</source>
        <translation><numerusform>%n draft archived</numerusform><numerusform>%n drafts archived</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) moved to the trash</source>
        <translation><numerusform>%n draft moved to the trash</numerusform><numerusform>%n drafts moved to the trash</numerusform></translation>
    </message>
</context>
<context>
    <name>DraftNotesEdit</name>
    <message>
        <source>Internal notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal notes: sources, the photographer to credit, what the client said on the phone…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftsCommands</name>
    <message>
        <source>&amp;New draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New draft for the current client (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A copy of this draft to rework</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move this draft to the trash (Edit ▸ Undo brings it back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier versions of this draft (Ctrl+Shift+H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert a &amp;snippet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hashtag sets, signatures, calls to action, mentions (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Snippets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manage the client's snippets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted drafts: restore them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dictionary…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words you added to the spell checker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts and the editor (Ctrl+Alt+1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The editorial calendar (Ctrl+Alt+2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;BAT…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A proof of the selected drafts for the client (HTML or PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the client's &amp;answer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved, or changes asked, with their words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More actions</source>
        <extracomment>enabled only while a draft is open</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftsListModel</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftsListPanel</name>
    <message>
        <source>All clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the drafts of every client, not only the current one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search drafts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All networks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the selected drafts to another status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the selected drafts to the trash (Edit ▸ Undo brings them back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation><numerusform>%n draft</numerusform><numerusform>%n drafts</numerusform></translation>
    </message>
    <message>
        <source>Choose a client to see their drafts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No draft matches these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drafts yet.
Create one with Ctrl+N.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>No draft open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a draft in the list, or create one with Ctrl+N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a client first: each draft belongs to a client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drafts yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a post once, adapt it per network, plan it and get it approved: create a draft with Ctrl+N. Posts sent from the press review or a feed item land here too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The calendar is on its way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The editorial calendar will show planned and published posts here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the drafts to send to the client first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proofs for the client are not available in this version yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a client first: snippets belong to a client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spell check follows the application default (Settings): %1. Choose other languages for this client here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (no spell check)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spell-check languages chosen for this client: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftsTrashDialog</name>
    <message>
        <source>Drafts trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted drafts stay here until you empty the trash.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n draft(s) restored</source>
        <translation><numerusform>%n draft restored</numerusform><numerusform>%n drafts restored</numerusform></translation>
    </message>
    <message>
        <source>Delete this draft for good, with its versions and history?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n draft(s) for good, with their versions and history?</source>
        <translation><numerusform>Delete %n draft for good, with their versions and history?</numerusform><numerusform>Delete %n drafts for good, with their versions and history?</numerusform></translation>
    </message>
    <message>
        <source>Empty the trash: delete its only draft for good?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Empty the trash: delete %n draft(s) for good?</source>
        <translation><numerusform>Empty the trash: delete %n draft for good?</numerusform><numerusform>Empty the trash: delete %n drafts for good?</numerusform></translation>
    </message>
</context>
<context>
    <name>EditorButtons</name>
    <message>
        <source>Open login page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the network’s sign-in page in your browser (Ctrl+U)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account goes to the trash; its passwords stay in the keyring until the trash is emptied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete permanently…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the handle as name@server to open the server’s sign-in page.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Search: coeur, pain, fête, heart…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No emoji found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No emoji used yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No client selected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message>
        <source>↑ Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↓ Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove from the review (Del); the item stays starred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it matters for the client’s audience (Markdown allowed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;In the review, in this order&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment on “%1” (Markdown)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>Published posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the figures of each post as the network shows them (lifetime totals). Enter or Tab stores a figure and moves on; an empty cell means not measured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No published posts yet. Mark a draft as published in Drafts, or import an analytics export: its posts are matched with your drafts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followers at the end of each month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a network…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit a figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This figure was not stored: it must be a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit followers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These followers were not stored: they must be a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a whole number: the cell keeps its value.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Workflow history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a comment to the history (a call with the client…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions of the text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier versions: compare and restore (Ctrl+Shift+H)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a proof for the client</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The proof shows each of the %n selected post(s) as it will look on its networks, with its planned date and a box for the client's answer. Nothing is sent: you mail or print the files yourself.</source>
        <translation><numerusform>The proof shows each of the %n selected post as it will look on its networks, with its planned date and a box for the client's answer. Nothing is sent: you mail or print the files yourself.</numerusform><numerusform>The proof shows each of the %n selected posts as it will look on its networks, with its planned date and a box for the client's answer. Nothing is sent: you mail or print the files yourself.</numerusform></translation>
    </message>
    <message>
        <source>Web page (HTML): one file to attach to a mail, pictures included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (A4): to print or attach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name or agency (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the folder when done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepared by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>UTM tracking on the links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy for a newsletter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as rich text, ready to paste into a newsletter or a blog editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as HTML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send as a post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the post text and make a new draft of it (Drafts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied as rich text: paste it into your newsletter or blog editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown copied to the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as HTML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedTree</name>
    <message>
        <source>Feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(shared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failing since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feed has errors but could be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last updated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never fetched yet: press F5.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedsTab</name>
    <message>
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the stored items (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unread only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscribe…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow a feed or a site (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch the new items of every feed (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark every item of the selection as read (Ctrl+Shift+A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import OPML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export OPML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename feed…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh this feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Toggle read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto-refresh: off</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Auto-refresh: every %n min</source>
        <translation><numerusform>Auto-refresh: every %n min</numerusform><numerusform>Auto-refresh: every %n min</numerusform></translation>
    </message>
    <message>
        <source>Refresh the feeds in the background while you are online</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n feed item(s)</source>
        <translation><numerusform>%n feed item</numerusform><numerusform>%n feed items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation><numerusform>Refreshing %n feed…</numerusform><numerusform>Refreshing %n feeds…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refresh done: %n new item(s).</source>
        <translation><numerusform>Refresh done: %n new item.</numerusform><numerusform>Refresh done: %n new items.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) in error (see their tooltips).</source>
        <translation><numerusform>%n feed in error (see their tooltips).</numerusform><numerusform>%n feeds in error (see their tooltips).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) moved: their address was updated.</source>
        <translation><numerusform>%n feed moved: their address was updated.</numerusform><numerusform>%n feeds moved: their address was updated.</numerusform></translation>
    </message>
</context>
<context>
    <name>FoldPreview</name>
    <message>
        <source>LinkedIn and Instagram cut long posts with “… see more”. Select one of them to preview what shows before the cut.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FolderTree</name>
    <message>
        <source>Folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormulaDialog</name>
    <message>
        <source>Edit formula</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New formula</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. ROAS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. revenue / cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Percentage (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount (€)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available for all clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use + − × / and parentheses, min(), max() and round(). Each other word is a figure you type in the calculator, e.g. revenue / cost. Write decimals with a point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the formula a name and an expression.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GlobalSearchPalette</name>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search notes… (accents optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to search your notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation><numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
</context>
<context>
    <name>GrammarService</name>
    <message>
        <source>French grammar checking is unavailable here (Grammalecte is missing); spelling still works</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” no longer flagged for this client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>French typography checked for this client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>French typography no longer checked for this client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>French typography checked on %1 for this client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>French typography no longer checked on %1 for this client</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>CM Toolbox guide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HashtagsButton</name>
    <message>
        <source>Hashtags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert default hashtags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert the client’s default hashtags, set on their accounts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All these hashtags are already in the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No default hashtags: add them in Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Accounts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>An import is already running: wait for it or cancel it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pictures, videos and documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import into the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a folder into the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other files were imported normally.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import analytics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Analytics exports (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No row of this file holds figures of a post.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Figures imported for %n post(s).</source>
        <translation><numerusform>Figures imported for %n post.</numerusform><numerusform>Figures imported for %n posts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date.</source>
        <translation><numerusform>%n already up to date.</numerusform><numerusform>%n already up to date.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a post.</source>
        <translation><numerusform>%n row without a post.</numerusform><numerusform>%n rows without a post.</numerusform></translation>
    </message>
    <message>
        <source>Columns read with your saved layout “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <source>Item starred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Star removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s) marked as read.</source>
        <translation><numerusform>%n item marked as read.</numerusform><numerusform>%n items marked as read.</numerusform></translation>
    </message>
    <message>
        <source>Added to the press review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added to “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note “%1” created in the notebook.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post text copied to the clipboard and saved as the draft “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the article in your web browser (O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>☆ Star</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Star it to find it in the press review builder (S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>★ Starred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark read or unread (M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to press review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note or post…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn this item into a note or a post draft, with its source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images are not loaded by default: loading them tells the site you read this item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading images…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an item to read it. Items stay readable offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyDateDialog</name>
    <message>
        <source>Edit key date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New key date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shop anniversary, trade fair, sales…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every &amp;year on this date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For &amp;every client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unchecked: for %1 only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyringBanner</name>
    <message>
        <source>Passwords cannot be saved: no secure keyring was found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CM Toolbox keeps passwords and API tokens only in your system’s keyring, never in its own files. You can still record accounts, logins and notes; the password fields stay disabled until a keyring is available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To enable them, install &lt;b&gt;GNOME Keyring&lt;/b&gt; (package &lt;code&gt;gnome-keyring&lt;/code&gt;) or &lt;b&gt;KWallet&lt;/b&gt;, and open CM Toolbox from a desktop session where a D-Bus session bus runs (packages &lt;code&gt;dbus-user-session&lt;/code&gt; or &lt;code&gt;dbus-x11&lt;/code&gt;), then restart CM Toolbox. The keyring must be unlocked, which your desktop does when you log in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The macOS Keychain did not answer. Unlock it in Keychain Access, then restart CM Toolbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Windows Credential Manager did not answer. Check that you are logged in to a normal user session, then restart CM Toolbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install a keyring service supported by your system, then restart CM Toolbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>Formula</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your formulas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New formula…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit formula…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete formula</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Insert into note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert the result, its formula and the calculation at the cursor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your formula, for all clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your formula</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A formula with this name already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This name is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete formula</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the formula “%1”? Notes that used it keep their results.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formula “%1” deleted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No preview: the file is missing from the library folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” moved to the trash</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s) moved to the trash</source>
        <translation><numerusform>%n item moved to the trash</numerusform><numerusform>%n items moved to the trash</numerusform></translation>
    </message>
    <message>
        <source>The file of this item is missing from the library folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note link copied: paste it in a note to show the picture.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” copied to the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) exported to %1.</source>
        <translation><numerusform>%n file exported to %1.</numerusform><numerusform>%n files exported to %1.</numerusform></translation>
    </message>
    <message>
        <source>Missing from the library folder: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the selected items to a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy note link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import pictures, videos and documents (Ctrl+I); you can also drop files or folders on the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create or choose a client to keep their pictures, videos and documents.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
</context>
<context>
    <name>LibraryToolbar</name>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search titles, alt texts, credits, tags (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All rights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rights ending soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rights expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ending soon or expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No licence recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show thumbnails in a grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show a detailed list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinkChecker</name>
    <message numerus="yes">
        <source>Checking %n link(s)…</source>
        <translation><numerusform>Checking %n link…</numerusform><numerusform>Checking %n links…</numerusform></translation>
    </message>
    <message>
        <source>Links checked: %1 OK, %2 moved, %3 dead, %4 uncertain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moved pages</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n source(s) moved to a new address. Update their addresses now?</source>
        <translation><numerusform>%n source moved to a new address. Update their addresses now?</numerusform><numerusform>%n sources moved to a new address. Update their addresses now?</numerusform></translation>
    </message>
    <message>
        <source>Addresses of moved pages updated</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n address(es) updated.</source>
        <translation><numerusform>%n address updated.</numerusform><numerusform>%n addresses updated.</numerusform></translation>
    </message>
    <message>
        <source>Not updated (the new address is already a source): %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search…  Ctrl+K</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up all data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of &amp;contract…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch &amp;client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About CM Toolbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The menus and the sidebar are already in the new language. The sections show it after a restart of CM Toolbox. Your work is saved before it closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sections will be in the new language at the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your week at a glance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned posts, unread monitoring and recent notes for the current client will appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notes yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formulas, briefs, moderation charters and monthly reports: your notebook will live here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sources yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookmarked sources and feeds, read offline, and your weekly press review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drafts yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts per network with exact character counters and spell check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No results yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The figures of your published posts and the followers of each network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images, videos and documents of your clients, tagged and searchable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No accounts yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each client's social accounts, with passwords kept in the system keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About CM Toolbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;CM Toolbox %1&lt;/b&gt;&lt;p&gt;The offline toolbox of freelance community managers: notebook, monitoring, drafts, library and accounts, on your own machine.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No client selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your latest changes could not be saved (%1). Close anyway and lose them?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CM Toolbox does not know this file's layout. Say which column holds what: a post is found by its address, or by its publication date and text, and needs at least one figure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read from the post addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember these columns for files laid out like this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the column of the post address or of its publication date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one figure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A column is used twice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MarkPublishedDialog</name>
    <message>
        <source>Mark as published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The post went out on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every network's post went out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://… (the post's address, optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as &amp;published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a web address: it should start with https://.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MediaBrowser</name>
    <message>
        <source>Library items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop pictures, videos, PDFs or whole folders here, or use Import files (Ctrl+I). Files are copied into the library: your originals stay where they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MediaDetailPanel</name>
    <message>
        <source>Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pixels:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy note link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open with the default application (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the picture (or the file) to the clipboard (Ctrl+C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy a link to paste in a note: ![alt text](media:…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected items to a folder (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the selected items to the trash (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description and rights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fits the networks?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an item to see its details, edit its description and rights, and check which networks it fits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not used in a note or a draft yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n items selected: Export and Move to trash apply to all of them.</source>
        <translation><numerusform>%n items selected: Export and Move to trash apply to all of them.</numerusform><numerusform>%n items selected: Export and Move to trash apply to all of them.</numerusform></translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation><numerusform>%n frame</numerusform><numerusform>%n frames</numerusform></translation>
    </message>
    <message>
        <source>Rights expired on %1: do not post this item any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rights end today (%1).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Rights end in %n day(s), on %1.</source>
        <translation><numerusform>Rights end in %n day, on %1.</numerusform><numerusform>Rights end in %n days, on %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Items whose rights end within %n day(s) are flagged.</source>
        <translation><numerusform>Items whose rights end within %n day are flagged.</numerusform><numerusform>Items whose rights end within %n days are flagged.</numerusform></translation>
    </message>
</context>
<context>
    <name>MediaDetailsForm</name>
    <message>
        <source>What the picture shows, for people who cannot see it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photographer, agency, author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence or terms of use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date the rights to use this item end (licence, photo credits); the library flags it 30 days before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rights end on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma-separated, e.g. feed, christmas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rights:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No alt text yet: several networks ask for one, and people using a screen reader need it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n characters: screen readers may cut it after about %1.</source>
        <translation><numerusform>%n characters: screen readers may cut it after about %1.</numerusform><numerusform>%n characters: screen readers may cut it after about %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s).</source>
        <translation><numerusform>%n character.</numerusform><numerusform>%n characters.</numerusform></translation>
    </message>
</context>
<context>
    <name>MediaPickerDialog</name>
    <message>
        <source>Insert from the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pictures of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search titles, alt texts, credits, tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation><numerusform>%n picture</numerusform><numerusform>%n pictures</numerusform></translation>
    </message>
    <message>
        <source>No picture matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This client's library has no pictures yet. Import some in the Library (Ctrl+5), then insert them here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n pictures selected: each goes on its own line.</source>
        <translation><numerusform>%n pictures selected: each goes on its own line.</numerusform><numerusform>%n pictures selected: each goes on its own line.</numerusform></translation>
    </message>
    <message>
        <source>Alt text: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No alt text yet: the title stands in for it. Write one in the Library for people using a screen reader.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <source>Only on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach from the library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No media.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Month calendar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteBody</name>
    <message>
        <source>note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteDialogs</name>
    <message>
        <source>All clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template “%1” saved. Find it under “From template…”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a note to insert a picture.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a client first: pictures live in each client's library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no draft called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links to sources will open the source once sources are available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no note called “%1” yet. Create it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This title is too long for a note.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client of this note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which client this note belongs to; “All clients” shares it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A folder to group notes (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list, [[Another note]] to link notes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteItemDelegate</name>
    <message>
        <source>All clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotePreview</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picture not found in the library: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picture not found in the library</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesCommands</name>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New note (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From &amp;template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New note from a template (Ctrl+Shift+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move this note to the trash (Del in the list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this note at the top of the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier versions of this note (Ctrl+Shift+H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;KPI calculator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compute a KPI and insert it in the note (Ctrl+Shift+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert from &amp;library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show a picture of the client's library in this note (Ctrl+Shift+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load remote images in this &amp;note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load remote images in &amp;all notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More actions</source>
        <extracomment>enabled only while a note is open</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>This note no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note could not be saved; retrying in a few seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” moved to the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note pinned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note unpinned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note shared with all clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note moved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a note to insert the result.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesListPanel</name>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter notes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pinned notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notebook: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation><numerusform>%Ln note</numerusform><numerusform>%Ln notes</numerusform></translation>
    </message>
    <message>
        <source>No note matches this filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No template yet. Use “Save as template…” on a note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notes yet.
Create one with Ctrl+N, or start from a template.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>No note open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a note in the list, or create one with Ctrl+N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backlinks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPI calculator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notes yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Briefs, charters, meeting notes and monthly reports: create a note with Ctrl+N, or start from a template with Ctrl+Shift+T.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesTrashDialog</name>
    <message>
        <source>Notes trash</source>
        <extracomment>the kinds of records listed; the drafts' trash (gui/drafts/list_trash.py) names its own</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted notes stay here until you empty the trash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — deleted %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this note for good, with its history?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n note(s) for good, with their history?</source>
        <translation><numerusform>Delete %n note for good, with their history?</numerusform><numerusform>Delete %n notes for good, with their history?</numerusform></translation>
    </message>
    <message>
        <source>Empty the trash: delete its only note for good?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Empty the trash: delete %n note(s) for good?</source>
        <translation><numerusform>Empty the trash: delete %n note for good?</numerusform><numerusform>Empty the trash: delete %n notes for good?</numerusform></translation>
    </message>
</context>
<context>
    <name>PasswordGeneratorDialog</name>
    <message>
        <source>Hyphen (-)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dot (.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Underscore (_)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No separator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this &amp;password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one kind of character.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>excellent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>very strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fair: prefer a longer one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strength: about %1 bits, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lo&amp;wercase (a–z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Uppercase (A–Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Digits (0–9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Symbols (! # $ % …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;void look-alike characters (0 O 1 l I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Words (passphrase)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Number of words:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;apitalise each word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a d&amp;igit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanningField</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give this post a date and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best slots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times are in the zone this post is planned in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When this client's posts engaged best: %1. Pick a slot to plan this post then.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <source>Write your post here. Counters, spelling (red) and French grammar (blue) follow as you type; right-click an underlined word for suggestions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert an emoji (Ctrl+;)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostTextEdit</name>
    <message>
        <source>post</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostsTable</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Import analytics: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) matched with a published post.</source>
        <translation><numerusform>%n row matched with a published post.</numerusform><numerusform>%n rows matched with a published post.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already up to date.</source>
        <translation><numerusform>%n row already up to date.</numerusform><numerusform>%n rows already up to date.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a post, left out.</source>
        <translation><numerusform>%n row without a post, left out.</numerusform><numerusform>%n rows without a post, left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable row(s), left out.</source>
        <translation><numerusform>%n unreadable row, left out.</numerusform><numerusform>%n unreadable rows, left out.</numerusform></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by day and text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures as of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exports hold lifetime totals: importing again the same day replaces that day's figures, never adds to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the post these figures belong to, to import them too</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PublishFlow</name>
    <message>
        <source>Nothing to copy: the text is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post %1/%2 copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No web address is known for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked as published on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft marked as published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publication on %1 forgotten</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PublishRow</name>
    <message>
        <source>Copy for publishing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the text for %1; a thread is copied one post per click</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1 in your browser to post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as published…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record when this went out on %1, and the post's address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked by mistake: forget this publication (Edit ▸ Undo brings it back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>see the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No address recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordController</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>The client's report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From / to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Client's name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;words:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the client wants to be named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs the report; kept for the next ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A word for the client: what stood out this month, what you suggest next. Markdown works (**bold**, lists).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the report in the client's carnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;web page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report is written in the language chosen above. Each rate is shown with its formula, from the latest figures of each post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other period…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the report in the carnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report saved: %1; kept in the client's carnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name is too long to be kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Post address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publication date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measured on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import analytics…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the figures of your posts from an export of Meta Business Suite, LinkedIn or X (CSV or Excel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What worked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No client selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create or choose a client to follow the results of their posts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>New review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the review of this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sentence to open the review (Markdown allowed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No press review yet for this client. “New review” starts the one of this week; starred items and sources become its entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n entries)</source>
        <translation><numerusform>%1 (%n entries)</numerusform><numerusform>%1 (%n entries)</numerusform></translation>
    </message>
    <message>
        <source>New press review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” moved to the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries added to the review</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entries added.</source>
        <translation><numerusform>%n entries added.</numerusform><numerusform>%n entries added.</numerusform></translation>
    </message>
    <message>
        <source>Entry moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” removed from the review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post text copied to the clipboard and saved as the draft “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevisionHistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <extracomment>the operations that list and restore versions: a subclass for another kind of record (drafts) names its own</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved on leaving the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored an earlier version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes made in this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Differences with the current text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full text of this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put this version back in the note; the current text stays in the history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(current)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No difference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title: “%1” → “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier version restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version of %1 restored. The text it replaced is kept in the history.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Save as template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available for all clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placeholders are filled when a note is created: {{client}}, {{date}}, {{month}}, {{year}}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecretRow</name>
    <message>
        <source>Secret name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide this secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy to the clipboard; it is cleared after 30 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate a strong password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this secret (deleted from the keyring when you save)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unavailable without a keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secure keyring is available: see the message at the top of the page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in this computer's keyring: type it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passwords and tokens are never in backups: enter this one again, then save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved in the keyring. Type a new value to replace it; leave the field empty to keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type or generate a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecretsController</name>
    <message>
        <source>Not in this computer's keyring: %1. Passwords are never in backups: type them again and save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring has no value for “%1”: it may have been deleted outside CM Toolbox. Type a new one and save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to copy: “%1” is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login copied.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation><numerusform>Copied. The clipboard will be cleared in %n second.</numerusform><numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecretsPanel</name>
    <message>
        <source>Password and tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept in your system’s keyring, never in CM Toolbox’s files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disabled: no secure keyring is available (see the message at the top of the page). Passwords are never stored anywhere else.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SendToDialog</name>
    <message>
        <source>Note or post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a &amp;note (with the link and the source)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepare a &amp;post (new draft and clipboard)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The notebook is not available in this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add UTM tracking to the link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source (utm_source):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium (utm_medium):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign (utm_campaign):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UTM parameters let the client’s analytics count the visits this link brings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember these values</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The menus and the sidebar change language at once; the sections after a restart, which CM Toolbox offers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Regional format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How dates and numbers are written, whatever the language of the menus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Example of the regional format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spell check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;French</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SnippetsButton</name>
    <message>
        <source>Snippets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert a snippet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hashtag sets, signatures, calls to action, mentions (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No snippets yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manage snippets…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <source>Snippets of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snippets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For every client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;etwork:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the accounts' hashtags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make editable snippets of the default hashtags set on the accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(account)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(every client)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default hashtags of an account: edit them in the Accounts section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new snippet: give it a name and its text, then Save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snippet changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the snippet a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is too long for a snippet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snippet “%1” moved to the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts' hashtags copied to snippets</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n snippet(s) made from the accounts' hashtags.</source>
        <translation><numerusform>%n snippet made from the accounts' hashtags.</numerusform><numerusform>%n snippets made from the accounts' hashtags.</numerusform></translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name shown in the list (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>competition, Lyon, inspiration…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No folder (Veille/Concurrents…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why you follow it, what to watch…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared with all clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A shared source (a trade magazine, say) shows in the list of every client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This address is in the trash: “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This address is already in your sources: “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceFlows</name>
    <message>
        <source>“%1” restored from the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This address is already in your sources: “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n source(s) starred</source>
        <translation><numerusform>%n source starred</numerusform><numerusform>%n sources starred</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) unstarred</source>
        <translation><numerusform>%n source unstarred</numerusform><numerusform>%n sources unstarred</numerusform></translation>
    </message>
    <message>
        <source>“%1” moved to the trash</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n source(s) moved to the trash</source>
        <translation><numerusform>%n source moved to the trash</numerusform><numerusform>%n sources moved to the trash</numerusform></translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Folder of the %n selected source(s) (“/” makes a subfolder; empty: no folder):</source>
        <translation><numerusform>Folder of the %n selected source (“/” makes a subfolder; empty: no folder):</numerusform><numerusform>Folder of the %n selected sources (“/” makes a subfolder; empty: no folder):</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) moved to “%1”</source>
        <translation><numerusform>%n source moved to “%1”</numerusform><numerusform>%n sources moved to “%1”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) taken out of their folder</source>
        <translation><numerusform>%n source taken out of their folder</numerusform><numerusform>%n sources taken out of their folder</numerusform></translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookmark files (*.html *.htm);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file holds no bookmarks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookmarks imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookmark files (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n source(s) exported to %1.</source>
        <translation><numerusform>%n source exported to %1.</numerusform><numerusform>%n sources exported to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starred for the press review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(shared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookmarked blogs, groups, channels, competitors (Ctrl+Shift+1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feeds, stored and readable offline (Ctrl+Shift+2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Build and export the weekly press review (Ctrl+Shift+3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create or choose a client in the sidebar to follow their sources and feeds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Subscribe to a feed…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New press &amp;review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;source…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose or create a client first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <source>No sources yet for this client. Add the blogs, groups, channels and competitors you watch (Ctrl+N), or import the bookmarks of your browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New source…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Star for the press review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import bookmarks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export bookmarks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookmark a blog, a group, a channel or a competitor (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the selected sources in a folder (Ctrl+M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find dead and moved pages, in the background</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the bookmarks.html file exported by a browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by name, address, notes, folder or tag (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any link state</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation><numerusform>%n source</numerusform><numerusform>%n sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s)</source>
        <translation><numerusform>%1 of %n source</numerusform><numerusform>%1 of %n sources</numerusform></translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpellLanguagesButton</name>
    <message>
        <source>Spell-check languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpellingService</name>
    <message>
        <source>“%1” added to the dictionary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusCombo</name>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where this post is in the workflow</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Subscribe to a feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the address of an RSS, Atom or JSON feed, or simply of the site: its feeds are found for you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://www.example.com/ or https://…/feed.xml</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared with all clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubscriptionFlows</name>
    <message>
        <source>Looking for a feed at %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No feed found at %1: this page announces none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscribed to %1; it will be retried at the next refresh.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Subscribed to “%1”: %n item(s).</source>
        <translation><numerusform>Subscribed to “%1”: %n item.</numerusform><numerusform>Subscribed to “%1”: %n items.</numerusform></translation>
    </message>
    <message>
        <source>“%1” was in the trash: it is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You already follow “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscribe to a feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Subscribe anyway? The feed will be retried at each refresh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (empty: the feed’s own title):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed renamed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsubscribed from “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import OPML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This list holds no feeds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feeds imported: %1 Press F5 to fetch their items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export OPML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CM Toolbox feeds</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n feed(s) exported to %1.</source>
        <translation><numerusform>%n feed exported to %1.</numerusform><numerusform>%n feeds exported to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncConflictsView</name>
    <message>
        <source>This device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These texts were changed on two devices at once, in the same place. Nothing is lost: both versions are kept in the text, one after the other. Open it to tidy it, then keep the merged text, or keep one of the two versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the text with this device's version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the text with the other device's version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the text in its section, to tidy it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the merged text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the text as it is now (both versions, as you tidied them) and close the conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snippet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conflict: every device agrees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict resolved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This device's version kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other device's version kept: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Click to open File ▸ Sync…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation><numerusform>%n conflict</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) changed on two devices at once: both versions are kept, see Conflicts.</source>
        <translation><numerusform>%n text changed on two devices at once: both versions are kept, see Conflicts.</numerusform><numerusform>%n texts changed on two devices at once: both versions are kept, see Conflicts.</numerusform></translation>
    </message>
    <message>
        <source>Sending changes… %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiving changes… %1 received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to the sync target…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never synced on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation><numerusform>%n change sent</numerusform><numerusform>%n changes sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation><numerusform>%n change received</numerusform><numerusform>%n changes received</numerusform></translation>
    </message>
    <message>
        <source>Library files: %1 sent, %2 received.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n text(s) edited on two devices merged.</source>
        <translation><numerusform>%n text edited on two devices merged.</numerusform><numerusform>%n texts edited on two devices merged.</numerusform></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline — target cannot be reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sync target cannot be reached (offline, or the server is down). Your work is safe here; the next sync will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase is wrong: this target was encrypted with another one. Nothing was synced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This target is encrypted: enter its passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target not encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This target is not encrypted: turn encryption off here, or sync to a new, empty target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another installation syncs under this computer's identity (was the data folder copied?). Open File ▸ Sync… to give this copy its own identity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Where to sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav/files/me/CM Toolbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebDAV address or folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own Nextcloud, ownCloud or any WebDAV server, or a folder that Nextcloud, Syncthing or Dropbox already syncs. Nothing goes through a server of ours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebDAV user:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebDAV password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End-to-end encryption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypt everything with a passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's administrator cannot read your clients' data. Every device needs the same passphrase; it is kept in this computer's keyring. Account passwords are never synced: enter them on each computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the clients shared with me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give this copy its own identity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer synced with these targets before. Each one keeps a copy of the recent changes here until it is forgotten; forget the ones you no longer use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(stored in the keyring)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address not recorded (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never synced whole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last synced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n account secret(s) to enter on this computer, in Accounts:</source>
        <translation><numerusform>%n account secret to enter on this computer, in Accounts:</numerusform><numerusform>%n account secrets to enter on this computer, in Accounts:</numerusform></translation>
    </message>
    <message>
        <source>Folder to sync through</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a WebDAV address or choose a folder first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give this copy its own identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This data folder syncs under the same identity as another computer: it was probably copied from it. Give this computer an identity of its own? Nothing is lost: what this copy changed is sent again under the new identity, and the other computer's changes arrive here as another device's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget this target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget %1? This computer will no longer keep the changes that target has not received yet. Nothing is deleted on the target, and the other devices keep everything; syncing with it again later sends it everything anew.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the current sync target: choose another one first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync once with the current target first: this computer does not know yet which of its targets it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer never synced with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never synced on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync %1: %2, %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation><numerusform>%n change sent</numerusform><numerusform>%n changes sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation><numerusform>%n change received</numerusform><numerusform>%n changes received</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) changed on two devices at once: see Conflicts.</source>
        <translation><numerusform>%n text changed on two devices at once: see Conflicts.</numerusform><numerusform>%n texts changed on two devices at once: see Conflicts.</numerusform></translation>
    </message>
    <message>
        <source>The sync target cannot be reached (offline, or the server is down). Your work is safe here; the next sync will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase is wrong: this target was encrypted with another one. Nothing was synced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This target is encrypted: enter its passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This target is not encrypted: turn encryption off here, or sync to a new, empty target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another installation syncs under this computer's identity (was the data folder copied?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last attempt %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TabController</name>
    <message>
        <source>“%1” could not be imported. %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <source>New note from a template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete this template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blank note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An empty note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For all clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For this client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template “%1” moved to the trash</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TextChecks</name>
    <message>
        <source>Fix all French &amp;typography</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No-break spaces before ; : ! ? » and after «, “10 h”, typographic apostrophes, in one undo step (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check French typography for this client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check French typography on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>French typography is not checked in this text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>French typography: nothing to fix</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>French typography: %n correction(s)</source>
        <translation><numerusform>French typography: %n correction</numerusform><numerusform>French typography: %n corrections</numerusform></translation>
    </message>
    <message>
        <source>« »</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>French typography</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>This text has %1 characters; a %2 holds at most %3. Nothing was pasted, and the text is still in your clipboard: paste it in parts, or save it as a file and import it into the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text too long to paste</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <source>Thread network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number the posts (1/n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a text to see it as a thread.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text fits in one post on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 posts on %2, cut between paragraphs and sentences where possible.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreadPart</name>
    <message>
        <source>Post %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy this post to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <source>last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoStatus</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnplannedList</name>
    <message>
        <source>Unplanned drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — drag it onto a day to plan it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnplannedPanel</name>
    <message>
        <source>Drag a draft onto a day to plan it; drop a post here to unplan it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&amp;Unplanned (%n)</source>
        <translation><numerusform>&amp;Unplanned (%n)</numerusform><numerusform>&amp;Unplanned (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>VariantPanel</name>
    <message>
        <source>Reset to master</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop %1's own text and follow the master again (Edit ▸ Undo brings it back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop posting this draft on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text for %1. It follows the master until you edit it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follows the master</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit this text to give %1 its own version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own text (same as the master)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own text for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text no longer changes with the master.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VariantTabs</name>
    <message>
        <source>Master text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the post once here: every network's version follows it until you edit that network's tab. Counters show each network's limit; Ctrl+Shift+S inserts a snippet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the whole draft as published…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Master</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The common text: every network's version starts from it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post this draft on one more network, with its own version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has its own text, different from the master</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 follows the master</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has its own text, the same as the master</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeekBody</name>
    <message>
        <source>Week calendar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeekHeader</name>
    <message>
        <source>W%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WhatWorkedTab</name>
    <message>
        <source>Engagement rate on reach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement rate on impressions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reach counts people, impressions count displays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By weekday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What worked best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What worked least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to learn from yet: enter the figures of published posts in the Entry tab, or import an analytics export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · engagement rate over all of them: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n post(s) with figures</source>
        <translation><numerusform>%n post with figures</numerusform><numerusform>%n posts with figures</numerusform></translation>
    </message>
    <message>
        <source>Best slots to publish: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagements / reach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagements / impressions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_FoldCard</name>
    <message>
        <source>%1 — cut after %2 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… see more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown in full: nothing is hidden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 more characters are behind “see more”: put the hook in the first line.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>