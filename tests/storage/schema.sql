-- index clients_name_unique
CREATE UNIQUE INDEX clients_name_unique ON clients (lower(name));

-- index idx__sqlite_migrations_migration_set_name
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name" ON "_sqlite_migrations" ("migration_set", "name");

-- index tags_name_unique
CREATE UNIQUE INDEX tags_name_unique ON tags (lower(name));

-- table _sqlite_migrations
CREATE TABLE "_sqlite_migrations" ( "id" INTEGER PRIMARY KEY, "migration_set" TEXT, "name" TEXT, "applied_at" TEXT );

-- table clients
CREATE TABLE clients ( id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (length(trim(name)) > 0), color TEXT, notes TEXT NOT NULL DEFAULT '', is_sample INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, archived_at TEXT );

-- table settings
CREATE TABLE settings ( scope TEXT NOT NULL DEFAULT '', key TEXT NOT NULL, value TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (scope, key) );

-- table tags
CREATE TABLE tags ( id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (length(trim(name)) > 0), created_at TEXT NOT NULL );

