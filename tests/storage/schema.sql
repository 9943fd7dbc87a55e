-- index account_secrets_label
CREATE UNIQUE INDEX account_secrets_label ON account_secrets (account_id, lower(label));

-- index accounts_client
CREATE INDEX accounts_client ON accounts (client_id, deleted_at, network);

-- index accounts_uid
CREATE UNIQUE INDEX accounts_uid ON accounts (uid);

-- index clients_name_unique
CREATE UNIQUE INDEX clients_name_unique ON clients (lower(name));

-- index clients_uid
CREATE UNIQUE INDEX clients_uid ON clients (uid);

-- index dictionary_words_client
CREATE INDEX dictionary_words_client ON dictionary_words (client_id, kind);

-- index dictionary_words_unique
CREATE UNIQUE INDEX dictionary_words_unique ON dictionary_words (ifnull(client_id, 0), kind, word);

-- index draft_events_changes
CREATE INDEX draft_events_changes ON draft_events (draft_id, id) WHERE kind = 'changes_requested';

-- index draft_events_draft
CREATE INDEX draft_events_draft ON draft_events (draft_id, id);

-- index draft_events_uid
CREATE UNIQUE INDEX draft_events_uid ON draft_events (uid);

-- index draft_media_media
CREATE INDEX draft_media_media ON draft_media (media_id);

-- index draft_tags_tag
CREATE INDEX draft_tags_tag ON draft_tags (tag_id, draft_id);

-- index draft_variants_published
CREATE INDEX draft_variants_published ON draft_variants (published_at) WHERE published_at IS NOT NULL;

-- index draft_variants_uid
CREATE UNIQUE INDEX draft_variants_uid ON draft_variants (uid);

-- index drafts_deleted
CREATE INDEX drafts_deleted ON drafts (deleted_at) WHERE deleted_at IS NOT NULL;

-- index drafts_list
CREATE INDEX drafts_list ON drafts (client_id, status, updated_at, id) WHERE deleted_at IS NULL;

-- index drafts_planned
CREATE INDEX drafts_planned ON drafts (planned_at) WHERE planned_at IS NOT NULL AND deleted_at IS NULL;

-- index drafts_published
CREATE INDEX drafts_published ON drafts (published_at) WHERE published_at IS NOT NULL AND deleted_at IS NULL;

-- index drafts_title_key
CREATE INDEX drafts_title_key ON drafts (title_key, client_id);

-- index feed_items_feed_sort
CREATE INDEX feed_items_feed_sort ON feed_items (feed_id, sort_at DESC);

-- index feed_items_sort
CREATE INDEX feed_items_sort ON feed_items (sort_at DESC);

-- index feed_items_starred
CREATE INDEX feed_items_starred ON feed_items (starred_at) WHERE starred_at IS NOT NULL;

-- index feed_items_uid
CREATE UNIQUE INDEX feed_items_uid ON feed_items (uid);

-- index feed_items_unread
CREATE INDEX feed_items_unread ON feed_items (feed_id, read_at) WHERE read_at IS NULL;

-- index feeds_client
CREATE INDEX feeds_client ON feeds (client_id, deleted_at);

-- index feeds_uid
CREATE UNIQUE INDEX feeds_uid ON feeds (uid);

-- index feeds_url_key
CREATE INDEX feeds_url_key ON feeds (url_key);

-- index feeds_url_unique
CREATE UNIQUE INDEX feeds_url_unique ON feeds (coalesce(client_id, 0), url_key);

-- index idx__sqlite_migrations_migration_set_name
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name" ON "_sqlite_migrations" ("migration_set", "name");

-- index key_dates_client
CREATE INDEX key_dates_client ON key_dates (client_id, day);

-- index key_dates_uid
CREATE UNIQUE INDEX key_dates_uid ON key_dates (uid);

-- index media_client_sha
CREATE UNIQUE INDEX media_client_sha ON media (client_id, sha256);

-- index media_deleted
CREATE INDEX media_deleted ON media (deleted_at) WHERE deleted_at IS NOT NULL;

-- index media_list
CREATE INDEX media_list ON media (client_id, created_at, id) WHERE deleted_at IS NULL;

-- index media_rights
CREATE INDEX media_rights ON media (client_id, rights_expire_on) WHERE rights_expire_on IS NOT NULL AND deleted_at IS NULL;

-- index media_sha
CREATE INDEX media_sha ON media (sha256);

-- index media_tags_tag
CREATE INDEX media_tags_tag ON media_tags (tag_id, media_id);

-- index media_uid
CREATE UNIQUE INDEX media_uid ON media (uid);

-- index media_usages_owner
CREATE INDEX media_usages_owner ON media_usages (entity, entity_id);

-- index metric_mappings_signature
CREATE INDEX metric_mappings_signature ON metric_mappings (signature);

-- index note_links_target
CREATE INDEX note_links_target ON note_links (kind, target_key);

-- index note_tags_tag
CREATE INDEX note_tags_tag ON note_tags (tag_id, note_id);

-- index notes_deleted
CREATE INDEX notes_deleted ON notes (deleted_at) WHERE deleted_at IS NOT NULL;

-- index notes_list
CREATE INDEX notes_list ON notes (client_id, is_template, pinned, updated_at, id) WHERE deleted_at IS NULL;

-- index notes_recent
CREATE INDEX notes_recent ON notes (updated_at) WHERE deleted_at IS NULL AND is_template = 0;

-- index notes_title_key
CREATE INDEX notes_title_key ON notes (title_key, client_id);

-- index notes_uid
CREATE UNIQUE INDEX notes_uid ON notes (uid);

-- index post_metrics_client
CREATE INDEX post_metrics_client ON post_metrics (client_id, measured_on, variant_id);

-- index press_review_entries_item
CREATE INDEX press_review_entries_item ON press_review_entries (feed_item_id);

-- index press_review_entries_review
CREATE INDEX press_review_entries_review ON press_review_entries (review_id, position);

-- index press_review_entries_source
CREATE INDEX press_review_entries_source ON press_review_entries (source_id);

-- index press_review_entries_uid
CREATE UNIQUE INDEX press_review_entries_uid ON press_review_entries (uid);

-- index press_reviews_client
CREATE INDEX press_reviews_client ON press_reviews (client_id, deleted_at);

-- index press_reviews_uid
CREATE UNIQUE INDEX press_reviews_uid ON press_reviews (uid);

-- index revisions_entity
CREATE INDEX revisions_entity ON revisions (entity, entity_id, id);

-- index snippets_client
CREATE INDEX snippets_client ON snippets (client_id, kind, position) WHERE deleted_at IS NULL;

-- index snippets_uid
CREATE UNIQUE INDEX snippets_uid ON snippets (uid);

-- index source_tags_tag
CREATE INDEX source_tags_tag ON source_tags (tag_id);

-- index sources_client
CREATE INDEX sources_client ON sources (client_id, deleted_at);

-- index sources_dead
CREATE INDEX sources_dead ON sources (link_checked_at) WHERE link_status = 'dead' AND deleted_at IS NULL;

-- index sources_uid
CREATE UNIQUE INDEX sources_uid ON sources (uid);

-- index sources_url_key
CREATE INDEX sources_url_key ON sources (url_key);

-- index sources_url_unique
CREATE UNIQUE INDEX sources_url_unique ON sources (coalesce(client_id, 0), url_key);

-- index sync_conflicts_open
CREATE INDEX sync_conflicts_open ON sync_conflicts (entity, uid) WHERE resolved_at IS NULL;

-- index tags_name_unique
CREATE UNIQUE INDEX tags_name_unique ON tags (lower(name));

-- index user_formulas_name
CREATE UNIQUE INDEX user_formulas_name ON user_formulas (ifnull(client_id, 0), lower(name));

-- table _sqlite_migrations
CREATE TABLE "_sqlite_migrations" ( "id" INTEGER PRIMARY KEY, "migration_set" TEXT, "name" TEXT, "applied_at" TEXT );

-- table account_secrets
CREATE TABLE account_secrets ( id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN ('password', 'token', 'other')), label TEXT NOT NULL CHECK (length(trim(label)) BETWEEN 1 AND 80), secret_ref TEXT NOT NULL UNIQUE CHECK (secret_ref GLOB 'account:*' AND length(secret_ref) = 40 AND substr(secret_ref, 9) NOT GLOB '*[^0-9a-f]*'), position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL );

-- table accounts
CREATE TABLE accounts ( id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE, network TEXT NOT NULL CHECK (length(network) BETWEEN 1 AND 40), handle TEXT NOT NULL DEFAULT '' CHECK (length(handle) <= 200), display_name TEXT NOT NULL DEFAULT '' CHECK (length(display_name) <= 200), profile_url TEXT NOT NULL DEFAULT '' CHECK (length(profile_url) <= 2000), login TEXT NOT NULL DEFAULT '' CHECK (length(login) <= 320), notes TEXT NOT NULL DEFAULT '', two_factor_notes TEXT NOT NULL DEFAULT '', char_limit INTEGER CHECK (char_limit IS NULL OR char_limit BETWEEN 1 AND 100000), default_hashtags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(default_hashtags) AND json_type(default_hashtags) = 'array'), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64), CHECK (length(trim(handle)) > 0 OR length(trim(display_name)) > 0 OR length(trim(login)) > 0) );

-- table accounts_fts
CREATE VIRTUAL TABLE accounts_fts USING fts5(network, handle, display_name, login, notes, tokenize='unicode61 remove_diacritics 2', prefix='2 3');

-- table accounts_fts_config
CREATE TABLE 'accounts_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table accounts_fts_content
CREATE TABLE 'accounts_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3, c4);

-- table accounts_fts_data
CREATE TABLE 'accounts_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table accounts_fts_docsize
CREATE TABLE 'accounts_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table accounts_fts_idx
CREATE TABLE 'accounts_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table clients
CREATE TABLE clients ( id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (length(trim(name)) > 0), color TEXT, notes TEXT NOT NULL DEFAULT '', is_sample INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, archived_at TEXT , uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64));

-- table dictionary_words
CREATE TABLE dictionary_words ( id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE, word TEXT NOT NULL CHECK ( length(trim(word)) > 0 AND length(word) <= 80 AND word = trim(word) AND instr(word, ' ') = 0 AND instr(word, char(10)) = 0 AND instr(word, char(9)) = 0 ), kind TEXT NOT NULL DEFAULT 'added' CHECK (kind IN ('added', 'ignored')), created_at TEXT NOT NULL );

-- table draft_events
CREATE TABLE draft_events ( id INTEGER PRIMARY KEY, draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE, at TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ( 'created', 'status', 'sent', 'approved', 'changes_requested', 'published', 'unpublished', 'replanned', 'comment' )), from_status TEXT CHECK (from_status IS NULL OR from_status IN ('idea', 'draft', 'to_approve', 'approved', 'scheduled', 'published', 'archived')), to_status TEXT CHECK (to_status IS NULL OR to_status IN ('idea', 'draft', 'to_approve', 'approved', 'scheduled', 'published', 'archived')), network TEXT NOT NULL DEFAULT '' CHECK (length(network) <= 40), text TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '' CHECK (length(author) <= 200), meta TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta)) , uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64));

-- table draft_media
CREATE TABLE draft_media ( draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE, media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE, network TEXT NOT NULL DEFAULT '' CHECK (length(network) <= 40), position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (draft_id, network, media_id) ) WITHOUT ROWID;

-- table draft_tags
CREATE TABLE draft_tags ( draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE, tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE, PRIMARY KEY (draft_id, tag_id) ) WITHOUT ROWID;

-- table draft_variants
CREATE TABLE draft_variants ( id INTEGER PRIMARY KEY, draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE, network TEXT NOT NULL CHECK (length(network) BETWEEN 1 AND 40), text TEXT NOT NULL DEFAULT '', follows_master INTEGER NOT NULL DEFAULT 1 CHECK (follows_master IN (0, 1)), position INTEGER NOT NULL DEFAULT 0, published_url TEXT NOT NULL DEFAULT '' CHECK (length(published_url) <= 2000), published_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64), UNIQUE (draft_id, network) );

-- table drafts
CREATE TABLE drafts ( id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 8 AND 64), client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE, title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200), title_key TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('idea', 'draft', 'to_approve', 'approved', 'scheduled', 'published', 'archived')), planned_at TEXT, planned_tz TEXT CHECK (planned_tz IS NULL OR length(planned_tz) BETWEEN 1 AND 64), published_at TEXT, published_url TEXT NOT NULL DEFAULT '' CHECK (length(published_url) <= 2000), spell_languages TEXT CHECK ( spell_languages IS NULL OR (json_valid(spell_languages) AND json_type(spell_languages) = 'array') ), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, CHECK ((planned_at IS NULL) = (planned_tz IS NULL)) );

-- table drafts_fts
CREATE VIRTUAL TABLE drafts_fts USING fts5(title, body, variants, notes, tags, tokenize='unicode61 remove_diacritics 2', prefix='2 3');

-- table drafts_fts_config
CREATE TABLE 'drafts_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table drafts_fts_content
CREATE TABLE 'drafts_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3, c4);

-- table drafts_fts_data
CREATE TABLE 'drafts_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table drafts_fts_docsize
CREATE TABLE 'drafts_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table drafts_fts_idx
CREATE TABLE 'drafts_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table feed_items
CREATE TABLE feed_items ( id INTEGER PRIMARY KEY, feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE, entry_key TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', title_is_fallback INTEGER NOT NULL DEFAULT 0 CHECK (title_is_fallback IN (0, 1)), link TEXT, author TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', content TEXT NOT NULL DEFAULT '', image TEXT, enclosures TEXT NOT NULL DEFAULT '[]', published_at TEXT, updated_at TEXT, first_seen_at TEXT NOT NULL, sort_at TEXT NOT NULL, read_at TEXT, starred_at TEXT, uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64), UNIQUE (feed_id, entry_key) );

-- table feed_items_fts
CREATE VIRTUAL TABLE feed_items_fts USING fts5(title, author, body, tokenize='unicode61 remove_diacritics 2', prefix='2 3');

-- table feed_items_fts_config
CREATE TABLE 'feed_items_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table feed_items_fts_content
CREATE TABLE 'feed_items_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2);

-- table feed_items_fts_data
CREATE TABLE 'feed_items_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table feed_items_fts_docsize
CREATE TABLE 'feed_items_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table feed_items_fts_idx
CREATE TABLE 'feed_items_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table feeds
CREATE TABLE feeds ( id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE, url TEXT NOT NULL CHECK (length(trim(url)) > 0), url_key TEXT NOT NULL CHECK (length(url_key) > 0), title TEXT NOT NULL DEFAULT '', custom_title TEXT, site_url TEXT, description TEXT NOT NULL DEFAULT '', folder TEXT NOT NULL DEFAULT '', format TEXT, etag TEXT, last_modified TEXT, last_fetched_at TEXT, last_success_at TEXT, error_code TEXT, error_message TEXT, error_since TEXT, http_status INTEGER, recovered_from TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT , uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64));

-- table follower_counts
CREATE TABLE follower_counts ( id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 8 AND 64), client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE, network TEXT NOT NULL CHECK (length(network) BETWEEN 1 AND 40), month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND date(month || '-01') IS month || '-01'), followers INTEGER NOT NULL CHECK (followers >= 0), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (client_id, network, month) );

-- table key_dates
CREATE TABLE key_dates ( id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE, day TEXT NOT NULL CHECK (date(day) IS day), title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200), yearly INTEGER NOT NULL DEFAULT 0 CHECK (yearly IN (0, 1)), notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL , uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64));

-- table media
CREATE TABLE media ( id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE, sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'), kind TEXT NOT NULL CHECK (kind IN ('image', 'gif', 'video', 'pdf', 'document')), mime TEXT NOT NULL CHECK (length(mime) BETWEEN 3 AND 120), ext TEXT NOT NULL CHECK (length(ext) BETWEEN 1 AND 10 AND ext NOT GLOB '*[^0-9a-z]*'), size_bytes INTEGER NOT NULL CHECK (size_bytes > 0), width INTEGER CHECK (width IS NULL OR width > 0), height INTEGER CHECK (height IS NULL OR height > 0), duration_ms INTEGER CHECK (duration_ms IS NULL OR duration_ms >= 0), frames INTEGER CHECK (frames IS NULL OR frames > 0), original_name TEXT NOT NULL CHECK (length(original_name) BETWEEN 1 AND 255), title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200), description TEXT NOT NULL DEFAULT '', alt_text TEXT NOT NULL DEFAULT '' CHECK (length(alt_text) <= 2000), credit TEXT NOT NULL DEFAULT '' CHECK (length(credit) <= 200), licence TEXT NOT NULL DEFAULT '' CHECK (length(licence) <= 200), rights_expire_on TEXT CHECK (rights_expire_on IS NULL OR (length(rights_expire_on) = 10 AND date(rights_expire_on) IS rights_expire_on)), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT , uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64));

-- table media_fts
CREATE VIRTUAL TABLE media_fts USING fts5(title, description, alt_text, credit, tags, original_name, tokenize='unicode61 remove_diacritics 2', prefix='2 3');

-- table media_fts_config
CREATE TABLE 'media_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table media_fts_content
CREATE TABLE 'media_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3, c4, c5);

-- table media_fts_data
CREATE TABLE 'media_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table media_fts_docsize
CREATE TABLE 'media_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table media_fts_idx
CREATE TABLE 'media_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table media_tags
CREATE TABLE media_tags ( media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE, tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE, PRIMARY KEY (media_id, tag_id) ) WITHOUT ROWID;

-- table media_usages
CREATE TABLE media_usages ( media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE, entity TEXT NOT NULL CHECK (length(entity) BETWEEN 1 AND 40), entity_id INTEGER NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (media_id, entity, entity_id) ) WITHOUT ROWID;

-- table metric_mappings
CREATE TABLE metric_mappings ( id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 8 AND 64), client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE, name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120), network TEXT NOT NULL DEFAULT '' CHECK (length(network) <= 40), signature TEXT NOT NULL, mapping TEXT NOT NULL CHECK (json_valid(mapping) AND json_type(mapping) = 'object'), created_at TEXT NOT NULL, updated_at TEXT NOT NULL );

-- table note_links
CREATE TABLE note_links ( note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN ('note', 'draft', 'source')), target_key TEXT NOT NULL CHECK (length(target_key) > 0), target TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (note_id, kind, target_key) ) WITHOUT ROWID;

-- table note_tags
CREATE TABLE note_tags ( note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE, tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE, PRIMARY KEY (note_id, tag_id) ) WITHOUT ROWID;

-- table notes
CREATE TABLE notes ( id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE, title TEXT NOT NULL DEFAULT '', title_key TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', notebook TEXT NOT NULL DEFAULT '', pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)), is_template INTEGER NOT NULL DEFAULT 0 CHECK (is_template IN (0, 1)), allow_remote_images INTEGER NOT NULL DEFAULT 0 CHECK (allow_remote_images IN (0, 1)), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT , uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64));

-- table notes_fts
CREATE VIRTUAL TABLE notes_fts USING fts5(title, body, tags, tokenize='unicode61 remove_diacritics 2', prefix='2 3');

-- table notes_fts_config
CREATE TABLE 'notes_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table notes_fts_content
CREATE TABLE 'notes_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2);

-- table notes_fts_data
CREATE TABLE 'notes_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table notes_fts_docsize
CREATE TABLE 'notes_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table notes_fts_idx
CREATE TABLE 'notes_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table post_metrics
CREATE TABLE post_metrics ( id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 8 AND 64), client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE, variant_id INTEGER NOT NULL REFERENCES draft_variants(id) ON DELETE CASCADE, measured_on TEXT NOT NULL CHECK (date(measured_on) IS measured_on), impressions INTEGER CHECK (impressions IS NULL OR impressions >= 0), reach INTEGER CHECK (reach IS NULL OR reach >= 0), reactions INTEGER CHECK (reactions IS NULL OR reactions >= 0), comments INTEGER CHECK (comments IS NULL OR comments >= 0), shares INTEGER CHECK (shares IS NULL OR shares >= 0), saves INTEGER CHECK (saves IS NULL OR saves >= 0), clicks INTEGER CHECK (clicks IS NULL OR clicks >= 0), video_views INTEGER CHECK (video_views IS NULL OR video_views >= 0), source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'sample')), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (variant_id, measured_on) );

-- table press_review_entries
CREATE TABLE press_review_entries ( id INTEGER PRIMARY KEY, review_id INTEGER NOT NULL REFERENCES press_reviews(id) ON DELETE CASCADE, position INTEGER NOT NULL, feed_item_id INTEGER REFERENCES feed_items(id) ON DELETE SET NULL, source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL, title TEXT NOT NULL, url TEXT NOT NULL, source_name TEXT NOT NULL DEFAULT '', published_at TEXT, excerpt TEXT NOT NULL DEFAULT '', comment TEXT NOT NULL DEFAULT '', added_at TEXT NOT NULL , uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64));

-- table press_reviews
CREATE TABLE press_reviews ( id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE, title TEXT NOT NULL CHECK (length(trim(title)) > 0), intro TEXT NOT NULL DEFAULT '', period_start TEXT, period_end TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT , uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64));

-- table revisions
CREATE TABLE revisions ( id INTEGER PRIMARY KEY, entity TEXT NOT NULL CHECK (length(entity) > 0), entity_id INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, reason TEXT NOT NULL DEFAULT 'edit' CHECK (reason IN ('edit', 'checkpoint', 'created', 'restore', 'before_restore')), title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', meta TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta)) );

-- table secret_purge_queue
CREATE TABLE secret_purge_queue ( secret_ref TEXT PRIMARY KEY, queued_at TEXT NOT NULL );

-- table settings
CREATE TABLE settings ( scope TEXT NOT NULL DEFAULT '', key TEXT NOT NULL, value TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (scope, key) );

-- table snippets
CREATE TABLE snippets ( id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN ('hashtags', 'signature', 'cta', 'mention', 'other')), name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120), text TEXT NOT NULL DEFAULT '', network TEXT NOT NULL DEFAULT '' CHECK (length(network) <= 40), position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT , uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64));

-- table source_tags
CREATE TABLE source_tags ( source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE, tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE, PRIMARY KEY (source_id, tag_id) ) WITHOUT ROWID;

-- table sources
CREATE TABLE sources ( id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE, url TEXT NOT NULL CHECK (length(trim(url)) > 0), url_key TEXT NOT NULL CHECK (length(url_key) > 0), title TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('blog', 'forum', 'facebook_group', 'network_account', 'youtube', 'newsletter', 'competitor', 'press', 'other')), notes TEXT NOT NULL DEFAULT '', folder TEXT NOT NULL DEFAULT '', starred_at TEXT, added_at TEXT NOT NULL, updated_at TEXT NOT NULL, visited_at TEXT, link_status TEXT CHECK (link_status IS NULL OR link_status IN ('alive', 'moved', 'dead', 'unknown')), link_checked_at TEXT, link_new_url TEXT, link_detail TEXT NOT NULL DEFAULT '', deleted_at TEXT , uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64));

-- table sources_fts
CREATE VIRTUAL TABLE sources_fts USING fts5(title, url, notes, tags, tokenize='unicode61 remove_diacritics 2', prefix='2 3');

-- table sources_fts_config
CREATE TABLE 'sources_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table sources_fts_content
CREATE TABLE 'sources_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3);

-- table sources_fts_data
CREATE TABLE 'sources_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table sources_fts_docsize
CREATE TABLE 'sources_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table sources_fts_idx
CREATE TABLE 'sources_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table sync_alias
CREATE TABLE sync_alias ( entity TEXT NOT NULL, uid TEXT NOT NULL, alias_of TEXT NOT NULL, PRIMARY KEY (entity, uid) ) WITHOUT ROWID;

-- table sync_conflicts
CREATE TABLE sync_conflicts ( id INTEGER PRIMARY KEY, entity TEXT NOT NULL, uid TEXT NOT NULL, field TEXT NOT NULL, base TEXT NOT NULL DEFAULT '', mine TEXT NOT NULL DEFAULT '', theirs TEXT NOT NULL DEFAULT '', theirs_device TEXT NOT NULL DEFAULT '', at TEXT NOT NULL, resolved_at TEXT );

-- table sync_cursor
CREATE TABLE sync_cursor ( target TEXT NOT NULL, device TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (target, device) ) WITHOUT ROWID;

-- table sync_device
CREATE TABLE sync_device ( id INTEGER PRIMARY KEY CHECK (id = 1), device_id TEXT NOT NULL CHECK (length(device_id) = 32), clock INTEGER NOT NULL DEFAULT 0 CHECK (clock >= 0), baseline_done INTEGER NOT NULL DEFAULT 0 CHECK (baseline_done IN (0, 1)) , compacted_through INTEGER NOT NULL DEFAULT 0);

-- table sync_journal
CREATE TABLE sync_journal ( seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, uid TEXT NOT NULL, op TEXT NOT NULL DEFAULT '', scope TEXT NOT NULL DEFAULT '', device TEXT NOT NULL, clock INTEGER NOT NULL, at TEXT NOT NULL, purged INTEGER NOT NULL DEFAULT 0 CHECK (purged IN (0, 1)), fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)), prev TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(prev)), base TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(base)) );

-- table sync_pending
CREATE TABLE sync_pending ( entity TEXT NOT NULL, row_id INTEGER NOT NULL, deleted_uid TEXT NOT NULL DEFAULT '', PRIMARY KEY (entity, row_id, deleted_uid) ) WITHOUT ROWID;

-- table sync_pushed
CREATE TABLE sync_pushed ( target TEXT PRIMARY KEY, journal_seq INTEGER NOT NULL DEFAULT 0, chunk INTEGER NOT NULL DEFAULT 0 );

-- table sync_scope
CREATE TABLE sync_scope ( target TEXT PRIMARY KEY, clients TEXT CHECK (clients IS NULL OR json_valid(clients)) );

-- table sync_scope_out
CREATE TABLE sync_scope_out ( target TEXT NOT NULL, client TEXT NOT NULL, pushed INTEGER NOT NULL DEFAULT 0, cursors TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(cursors)), until TEXT CHECK (until IS NULL OR json_valid(until)), excluded TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(excluded)), PRIMARY KEY (target, client) ) WITHOUT ROWID;

-- table sync_shadow
CREATE TABLE "sync_shadow" ( id INTEGER PRIMARY KEY, entity TEXT NOT NULL, uid TEXT NOT NULL, fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)), stamps TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(stamps)), UNIQUE (entity, uid) );

-- table tags
CREATE TABLE tags ( id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (length(trim(name)) > 0), created_at TEXT NOT NULL );

-- table user_formulas
CREATE TABLE user_formulas ( id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE, name TEXT NOT NULL CHECK (length(trim(name)) > 0), definition TEXT NOT NULL CHECK (json_valid(definition)), created_at TEXT NOT NULL, updated_at TEXT NOT NULL );

-- trigger account_secrets_forget
CREATE TRIGGER account_secrets_forget AFTER DELETE ON account_secrets BEGIN INSERT OR IGNORE INTO secret_purge_queue (secret_ref, queued_at) VALUES (old.secret_ref, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')); END;

-- trigger account_secrets_sync_delete
CREATE TRIGGER account_secrets_sync_delete AFTER DELETE ON account_secrets BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('accounts', old.account_id); END;

-- trigger account_secrets_sync_insert
CREATE TRIGGER account_secrets_sync_insert AFTER INSERT ON account_secrets BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('accounts', new.account_id); END;

-- trigger account_secrets_sync_update
CREATE TRIGGER account_secrets_sync_update AFTER UPDATE ON account_secrets BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('accounts', new.account_id); END;

-- trigger accounts_fts_forget
CREATE TRIGGER accounts_fts_forget AFTER DELETE ON accounts BEGIN DELETE FROM accounts_fts WHERE rowid = old.id; END;

-- trigger accounts_sync_delete
CREATE TRIGGER accounts_sync_delete AFTER DELETE ON accounts WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('accounts', old.rowid, old.uid); END;

-- trigger accounts_sync_insert
CREATE TRIGGER accounts_sync_insert AFTER INSERT ON accounts BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('accounts', new.rowid); END;

-- trigger accounts_sync_uid
CREATE TRIGGER accounts_sync_uid AFTER INSERT ON accounts WHEN new.uid IS NULL BEGIN UPDATE accounts SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger accounts_sync_update
CREATE TRIGGER accounts_sync_update AFTER UPDATE ON accounts BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('accounts', new.rowid); END;

-- trigger clients_sync_delete
CREATE TRIGGER clients_sync_delete AFTER DELETE ON clients WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('clients', old.rowid, old.uid); END;

-- trigger clients_sync_insert
CREATE TRIGGER clients_sync_insert AFTER INSERT ON clients BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('clients', new.rowid); END;

-- trigger clients_sync_uid
CREATE TRIGGER clients_sync_uid AFTER INSERT ON clients WHEN new.uid IS NULL BEGIN UPDATE clients SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger clients_sync_update
CREATE TRIGGER clients_sync_update AFTER UPDATE ON clients BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('clients', new.rowid); END;

-- trigger draft_events_sync_delete
CREATE TRIGGER draft_events_sync_delete AFTER DELETE ON draft_events WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('draft_events', old.rowid, old.uid); END;

-- trigger draft_events_sync_insert
CREATE TRIGGER draft_events_sync_insert AFTER INSERT ON draft_events BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('draft_events', new.rowid); END;

-- trigger draft_events_sync_uid
CREATE TRIGGER draft_events_sync_uid AFTER INSERT ON draft_events WHEN new.uid IS NULL BEGIN UPDATE draft_events SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger draft_events_sync_update
CREATE TRIGGER draft_events_sync_update AFTER UPDATE ON draft_events BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('draft_events', new.rowid); END;

-- trigger draft_media_sync_delete
CREATE TRIGGER draft_media_sync_delete AFTER DELETE ON draft_media BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('drafts', old.draft_id); END;

-- trigger draft_media_sync_insert
CREATE TRIGGER draft_media_sync_insert AFTER INSERT ON draft_media BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('drafts', new.draft_id); END;

-- trigger draft_media_sync_update
CREATE TRIGGER draft_media_sync_update AFTER UPDATE ON draft_media BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('drafts', new.draft_id); END;

-- trigger draft_tags_sync_delete
CREATE TRIGGER draft_tags_sync_delete AFTER DELETE ON draft_tags BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('drafts', old.draft_id); END;

-- trigger draft_tags_sync_insert
CREATE TRIGGER draft_tags_sync_insert AFTER INSERT ON draft_tags BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('drafts', new.draft_id); END;

-- trigger draft_variants_sync_delete
CREATE TRIGGER draft_variants_sync_delete AFTER DELETE ON draft_variants WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('draft_variants', old.rowid, old.uid); END;

-- trigger draft_variants_sync_insert
CREATE TRIGGER draft_variants_sync_insert AFTER INSERT ON draft_variants BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('draft_variants', new.rowid); END;

-- trigger draft_variants_sync_uid
CREATE TRIGGER draft_variants_sync_uid AFTER INSERT ON draft_variants WHEN new.uid IS NULL BEGIN UPDATE draft_variants SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger draft_variants_sync_update
CREATE TRIGGER draft_variants_sync_update AFTER UPDATE ON draft_variants BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('draft_variants', new.rowid); END;

-- trigger drafts_cleanup
CREATE TRIGGER drafts_cleanup AFTER DELETE ON drafts BEGIN DELETE FROM drafts_fts WHERE rowid = old.id; DELETE FROM media_usages WHERE entity = 'drafts' AND entity_id = old.id; DELETE FROM revisions WHERE entity = 'drafts' AND entity_id = old.id; END;

-- trigger drafts_sync_delete
CREATE TRIGGER drafts_sync_delete AFTER DELETE ON drafts WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('drafts', old.rowid, old.uid); END;

-- trigger drafts_sync_insert
CREATE TRIGGER drafts_sync_insert AFTER INSERT ON drafts BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('drafts', new.rowid); END;

-- trigger drafts_sync_uid
CREATE TRIGGER drafts_sync_uid AFTER INSERT ON drafts WHEN new.uid IS NULL BEGIN UPDATE drafts SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger drafts_sync_update
CREATE TRIGGER drafts_sync_update AFTER UPDATE ON drafts BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('drafts', new.rowid); END;

-- trigger feed_items_fts_delete
CREATE TRIGGER feed_items_fts_delete AFTER DELETE ON feed_items BEGIN DELETE FROM feed_items_fts WHERE rowid = old.id; END;

-- trigger feed_items_sync_delete
CREATE TRIGGER feed_items_sync_delete AFTER DELETE ON feed_items WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('feed_items', old.rowid, old.uid); END;

-- trigger feed_items_sync_insert
CREATE TRIGGER feed_items_sync_insert AFTER INSERT ON feed_items BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('feed_items', new.rowid); END;

-- trigger feed_items_sync_uid
CREATE TRIGGER feed_items_sync_uid AFTER INSERT ON feed_items WHEN new.uid IS NULL BEGIN UPDATE feed_items SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger feed_items_sync_update
CREATE TRIGGER feed_items_sync_update AFTER UPDATE ON feed_items BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('feed_items', new.rowid); END;

-- trigger feeds_sync_delete
CREATE TRIGGER feeds_sync_delete AFTER DELETE ON feeds WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('feeds', old.rowid, old.uid); END;

-- trigger feeds_sync_insert
CREATE TRIGGER feeds_sync_insert AFTER INSERT ON feeds BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('feeds', new.rowid); END;

-- trigger feeds_sync_uid
CREATE TRIGGER feeds_sync_uid AFTER INSERT ON feeds WHEN new.uid IS NULL BEGIN UPDATE feeds SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger feeds_sync_update
CREATE TRIGGER feeds_sync_update AFTER UPDATE ON feeds BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('feeds', new.rowid); END;

-- trigger follower_counts_sync_delete
CREATE TRIGGER follower_counts_sync_delete AFTER DELETE ON follower_counts WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('follower_counts', old.rowid, old.uid); END;

-- trigger follower_counts_sync_insert
CREATE TRIGGER follower_counts_sync_insert AFTER INSERT ON follower_counts BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('follower_counts', new.rowid); END;

-- trigger follower_counts_sync_uid
CREATE TRIGGER follower_counts_sync_uid AFTER INSERT ON follower_counts WHEN new.uid IS NULL BEGIN UPDATE follower_counts SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger follower_counts_sync_update
CREATE TRIGGER follower_counts_sync_update AFTER UPDATE ON follower_counts BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('follower_counts', new.rowid); END;

-- trigger key_dates_sync_delete
CREATE TRIGGER key_dates_sync_delete AFTER DELETE ON key_dates WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('key_dates', old.rowid, old.uid); END;

-- trigger key_dates_sync_insert
CREATE TRIGGER key_dates_sync_insert AFTER INSERT ON key_dates BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('key_dates', new.rowid); END;

-- trigger key_dates_sync_uid
CREATE TRIGGER key_dates_sync_uid AFTER INSERT ON key_dates WHEN new.uid IS NULL BEGIN UPDATE key_dates SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger key_dates_sync_update
CREATE TRIGGER key_dates_sync_update AFTER UPDATE ON key_dates BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('key_dates', new.rowid); END;

-- trigger media_fts_delete
CREATE TRIGGER media_fts_delete AFTER DELETE ON media BEGIN DELETE FROM media_fts WHERE rowid = old.id; END;

-- trigger media_sync_delete
CREATE TRIGGER media_sync_delete AFTER DELETE ON media WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('media', old.rowid, old.uid); END;

-- trigger media_sync_insert
CREATE TRIGGER media_sync_insert AFTER INSERT ON media BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('media', new.rowid); END;

-- trigger media_sync_uid
CREATE TRIGGER media_sync_uid AFTER INSERT ON media WHEN new.uid IS NULL BEGIN UPDATE media SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger media_sync_update
CREATE TRIGGER media_sync_update AFTER UPDATE ON media BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('media', new.rowid); END;

-- trigger media_tags_sync_delete
CREATE TRIGGER media_tags_sync_delete AFTER DELETE ON media_tags BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('media', old.media_id); END;

-- trigger media_tags_sync_insert
CREATE TRIGGER media_tags_sync_insert AFTER INSERT ON media_tags BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('media', new.media_id); END;

-- trigger metric_mappings_sync_delete
CREATE TRIGGER metric_mappings_sync_delete AFTER DELETE ON metric_mappings WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('metric_mappings', old.rowid, old.uid); END;

-- trigger metric_mappings_sync_insert
CREATE TRIGGER metric_mappings_sync_insert AFTER INSERT ON metric_mappings BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('metric_mappings', new.rowid); END;

-- trigger metric_mappings_sync_uid
CREATE TRIGGER metric_mappings_sync_uid AFTER INSERT ON metric_mappings WHEN new.uid IS NULL BEGIN UPDATE metric_mappings SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger metric_mappings_sync_update
CREATE TRIGGER metric_mappings_sync_update AFTER UPDATE ON metric_mappings BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('metric_mappings', new.rowid); END;

-- trigger note_tags_sync_delete
CREATE TRIGGER note_tags_sync_delete AFTER DELETE ON note_tags BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('notes', old.note_id); END;

-- trigger note_tags_sync_insert
CREATE TRIGGER note_tags_sync_insert AFTER INSERT ON note_tags BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('notes', new.note_id); END;

-- trigger notes_sync_delete
CREATE TRIGGER notes_sync_delete AFTER DELETE ON notes WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('notes', old.rowid, old.uid); END;

-- trigger notes_sync_insert
CREATE TRIGGER notes_sync_insert AFTER INSERT ON notes BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('notes', new.rowid); END;

-- trigger notes_sync_uid
CREATE TRIGGER notes_sync_uid AFTER INSERT ON notes WHEN new.uid IS NULL BEGIN UPDATE notes SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger notes_sync_update
CREATE TRIGGER notes_sync_update AFTER UPDATE ON notes BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('notes', new.rowid); END;

-- trigger post_metrics_follow_client
CREATE TRIGGER post_metrics_follow_client AFTER UPDATE OF client_id ON drafts BEGIN UPDATE post_metrics SET client_id = new.client_id WHERE variant_id IN (SELECT id FROM draft_variants WHERE draft_id = new.id); END;

-- trigger post_metrics_sync_delete
CREATE TRIGGER post_metrics_sync_delete AFTER DELETE ON post_metrics WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('post_metrics', old.rowid, old.uid); END;

-- trigger post_metrics_sync_insert
CREATE TRIGGER post_metrics_sync_insert AFTER INSERT ON post_metrics BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('post_metrics', new.rowid); END;

-- trigger post_metrics_sync_uid
CREATE TRIGGER post_metrics_sync_uid AFTER INSERT ON post_metrics WHEN new.uid IS NULL BEGIN UPDATE post_metrics SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger post_metrics_sync_update
CREATE TRIGGER post_metrics_sync_update AFTER UPDATE ON post_metrics BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('post_metrics', new.rowid); END;

-- trigger press_review_entries_sync_delete
CREATE TRIGGER press_review_entries_sync_delete AFTER DELETE ON press_review_entries WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('press_review_entries', old.rowid, old.uid); END;

-- trigger press_review_entries_sync_insert
CREATE TRIGGER press_review_entries_sync_insert AFTER INSERT ON press_review_entries BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('press_review_entries', new.rowid); END;

-- trigger press_review_entries_sync_uid
CREATE TRIGGER press_review_entries_sync_uid AFTER INSERT ON press_review_entries WHEN new.uid IS NULL BEGIN UPDATE press_review_entries SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger press_review_entries_sync_update
CREATE TRIGGER press_review_entries_sync_update AFTER UPDATE ON press_review_entries BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('press_review_entries', new.rowid); END;

-- trigger press_reviews_sync_delete
CREATE TRIGGER press_reviews_sync_delete AFTER DELETE ON press_reviews WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('press_reviews', old.rowid, old.uid); END;

-- trigger press_reviews_sync_insert
CREATE TRIGGER press_reviews_sync_insert AFTER INSERT ON press_reviews BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('press_reviews', new.rowid); END;

-- trigger press_reviews_sync_uid
CREATE TRIGGER press_reviews_sync_uid AFTER INSERT ON press_reviews WHEN new.uid IS NULL BEGIN UPDATE press_reviews SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger press_reviews_sync_update
CREATE TRIGGER press_reviews_sync_update AFTER UPDATE ON press_reviews BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('press_reviews', new.rowid); END;

-- trigger snippets_sync_delete
CREATE TRIGGER snippets_sync_delete AFTER DELETE ON snippets WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('snippets', old.rowid, old.uid); END;

-- trigger snippets_sync_insert
CREATE TRIGGER snippets_sync_insert AFTER INSERT ON snippets BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('snippets', new.rowid); END;

-- trigger snippets_sync_uid
CREATE TRIGGER snippets_sync_uid AFTER INSERT ON snippets WHEN new.uid IS NULL BEGIN UPDATE snippets SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger snippets_sync_update
CREATE TRIGGER snippets_sync_update AFTER UPDATE ON snippets BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('snippets', new.rowid); END;

-- trigger source_tags_sync_delete
CREATE TRIGGER source_tags_sync_delete AFTER DELETE ON source_tags BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('sources', old.source_id); END;

-- trigger source_tags_sync_insert
CREATE TRIGGER source_tags_sync_insert AFTER INSERT ON source_tags BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('sources', new.source_id); END;

-- trigger sources_fts_delete
CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN DELETE FROM sources_fts WHERE rowid = old.id; END;

-- trigger sources_sync_delete
CREATE TRIGGER sources_sync_delete AFTER DELETE ON sources WHEN old.uid IS NOT NULL BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) VALUES ('sources', old.rowid, old.uid); END;

-- trigger sources_sync_insert
CREATE TRIGGER sources_sync_insert AFTER INSERT ON sources BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('sources', new.rowid); END;

-- trigger sources_sync_uid
CREATE TRIGGER sources_sync_uid AFTER INSERT ON sources WHEN new.uid IS NULL BEGIN UPDATE sources SET uid = lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6))) WHERE rowid = new.rowid; END;

-- trigger sources_sync_update
CREATE TRIGGER sources_sync_update AFTER UPDATE ON sources BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('sources', new.rowid); END;

-- trigger tags_sync_rename_drafts
CREATE TRIGGER tags_sync_rename_drafts AFTER UPDATE OF name ON tags BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) SELECT 'drafts', draft_id FROM draft_tags WHERE tag_id = new.id; END;

-- trigger tags_sync_rename_media
CREATE TRIGGER tags_sync_rename_media AFTER UPDATE OF name ON tags BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) SELECT 'media', media_id FROM media_tags WHERE tag_id = new.id; END;

-- trigger tags_sync_rename_notes
CREATE TRIGGER tags_sync_rename_notes AFTER UPDATE OF name ON tags BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) SELECT 'notes', note_id FROM note_tags WHERE tag_id = new.id; END;

-- trigger tags_sync_rename_sources
CREATE TRIGGER tags_sync_rename_sources AFTER UPDATE OF name ON tags BEGIN INSERT OR IGNORE INTO sync_pending (entity, row_id) SELECT 'sources', source_id FROM source_tags WHERE tag_id = new.id; END;

-- view post_metrics_latest
CREATE VIEW post_metrics_latest AS SELECT m.* FROM post_metrics m WHERE m.measured_on = (SELECT max(l.measured_on) FROM post_metrics l WHERE l.variant_id = m.variant_id);

