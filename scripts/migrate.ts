/**
 * Offline stand-in for `prisma migrate dev|deploy|status|reset` (Prisma ORM 7).
 *
 * The Prisma CLI always spawns the native `schema-engine` binary, which is downloaded from
 * binaries.prisma.sh and so cannot exist here. This script drives Prisma's own schema engine compiled to
 * WebAssembly (@prisma/schema-engine-wasm) through the driver adapters (better-sqlite3 for `file:`
 * URLs, pg for `postgres(ql)://` URLs). It writes the standard layout (<migrations>/<ts>_<name>/
 * migration.sql + migration_lock.toml) and records applied migrations in `_prisma_migrations` with the
 * same checksums, so the real CLI can take over whenever it is available.
 * Derived from shared/recipes/prisma-offline, whose README explains each workaround marked below.
 *
 *   tsx scripts/migrate.ts dev [--name init] [--create-only] [--accept-data-loss]
 *   tsx scripts/migrate.ts deploy | status | reset --force
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadConfigFromFile } from "@prisma/config";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine, SchemaFilter, SchemasContainer } from "@prisma/schema-engine-wasm";
import type { ClientConfig, Client as PgClient, PoolConfig, QueryResult } from "pg";
import { isPostgresUrl, isSqliteUrl } from "../prisma/database-url";
import { sqliteFilePath } from "../prisma/sqlite-path";

const args = process.argv.slice(2);
const cmd = args[0] ?? "help";
const flag = (f: string) => args.includes(f);
const opt = (f: string) => (args.includes(f) ? args[args.indexOf(f) + 1] : undefined);
const log = (...m: unknown[]) => console.error(...m);
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

type Cfg = {
  root: string;
  url: string;
  shadowUrl?: string;
  schemaPath: string;
  migrationsDir: string;
  initShadowDb: string;
  filters: SchemaFilter;
};

async function loadCfg(): Promise<Cfg> {
  const { config, error, resolvedPath } = await loadConfigFromFile({});
  if (error) throw new Error(`Could not load prisma.config.ts: ${error._tag} ${"error" in error ? error.error.message : ""}`);
  const root = resolvedPath ? path.dirname(resolvedPath) : process.cwd();
  const url = config.datasource?.url;
  if (!url) throw new Error("prisma.config.ts has no datasource.url");
  const schemaPath = path.resolve(root, config.schema ?? "prisma/schema.prisma");
  return {
    root,
    url,
    shadowUrl: config.datasource?.shadowDatabaseUrl,
    schemaPath,
    migrationsDir: path.resolve(root, config.migrations?.path ?? path.join(path.dirname(schemaPath), "migrations")),
    initShadowDb: config.migrations?.initShadowDb ?? "",
    filters: { externalTables: config.tables?.external ?? [], externalEnums: config.enums?.external ?? [] },
  };
}

/** Workaround 3: the engine replays migration.sql on the shadow DB with executeRaw(script), but
 * better-sqlite3's prepare() takes one statement: fall back to executeScript for those. */
async function acceptMultiStatementSql(pending: Promise<SqlDriverAdapter>): Promise<SqlDriverAdapter> {
  const adapter = await pending;
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (e) {
      if (query.args.length || !/more than one statement/.test(messageOf(e))) throw e;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

async function sqliteFactory(c: Cfg): Promise<SqlMigrationAwareDriverAdapterFactory> {
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  const shadow = c.shadowUrl ? { shadowDatabaseUrl: sqliteFilePath(c.shadowUrl, c.root) } : undefined; // default :memory:
  const factory = new PrismaBetterSqlite3({ url: sqliteFilePath(c.url, c.root) }, shadow);
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = () => acceptMultiStatementSql(connect());
  factory.connectToShadowDb = () => acceptMultiStatementSql(connectToShadowDb());
  return factory;
}

async function postgresFactory(c: Cfg): Promise<SqlMigrationAwareDriverAdapterFactory> {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const pg = (await import("pg")).default;
  const { parse } = await import("pg-connection-string");
  // Workaround 5: the schema describer reads pg_catalog `"char"` columns (OID 18), which adapter-pg
  // cannot deserialize. Report them as text (OID 25); node-postgres already returns strings for them.
  class CharAsTextClient extends pg.Client {
    constructor(config?: string | ClientConfig) {
      super(config);
      const query = this.query.bind(this) as (...a: unknown[]) => unknown;
      const reportCharAsText = (r: QueryResult | undefined) => {
        for (const f of r?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
        return r;
      };
      const patched = (...a: unknown[]): unknown => {
        const last = a[a.length - 1];
        if (typeof last === "function") {
          const callback = last as (err: Error | null, r?: QueryResult) => void;
          return query(...a.slice(0, -1), (err: Error | null, r?: QueryResult) => callback(err, reportCharAsText(r)));
        }
        const result = query(...a);
        return result instanceof Promise ? result.then(reportCharAsText) : result;
      };
      this.query = patched as PgClient["query"];
    }
  }
  const schema = new URL(c.url).searchParams.get("schema") ?? undefined;
  const opts = { schema };
  // Workaround 6: discrete PoolConfig fields, never {connectionString}: PrismaPg's shadow DB does
  // new Pool({...config, database: tmp}) and a connectionString would override `database`.
  const configOf = (u: string): PoolConfig => {
    const p = parse(u);
    const options = [p.options, schema && `-c search_path="${schema}"`].filter(Boolean).join(" ") || undefined;
    return {
      host: p.host ?? undefined,
      port: p.port ? Number(p.port) : undefined,
      user: p.user,
      password: p.password,
      database: p.database ?? undefined,
      options,
      Client: CharAsTextClient,
    };
  };
  const main = configOf(c.url);
  const factory = new PrismaPg(main, opts);
  // Own shadow database: PrismaPg's drops its temp DB before closing the pool and leaves it behind.
  factory.connectToShadowDb = async () => {
    if (c.shadowUrl) {
      const shadow = configOf(c.shadowUrl);
      if (shadow.host === main.host && shadow.port === main.port && shadow.database === main.database) {
        throw new Error("SHADOW_DATABASE_URL must not point at the main database");
      }
      const adapter = await new PrismaPg(shadow, opts).connect();
      const s = `"${(schema ?? "public").replace(/"/g, '""')}"`;
      await adapter.executeScript(`DROP SCHEMA IF EXISTS ${s} CASCADE; CREATE SCHEMA ${s};`);
      return adapter;
    }
    const admin = new pg.Client(main);
    await admin.connect();
    const db = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin.query(`CREATE DATABASE "${db}"`); // needs CREATEDB, like the native engine
    const adapter = await new PrismaPg({ ...main, database: db }, opts).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${db}"`).finally(() => admin.end());
    };
    return adapter;
  };
  return factory;
}

type WasmRuntime = { __wbg_set_wasm(exports: WebAssembly.Exports): void; SchemaEngine: typeof SchemaEngine };

/** Workaround 1: the package entry imports the .wasm file (bundler-only), so wire it up by hand as
 * @prisma/internals' wasmSchemaEngineLoader does. */
async function loadSchemaEngine(root: string): Promise<typeof SchemaEngine> {
  const bg = createRequire(path.join(root, "package.json")).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const runtime = (await import(pathToFileURL(bg).href)) as WasmRuntime;
  const wasm = new WebAssembly.Module(fs.readFileSync(path.join(path.dirname(bg), "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(wasm, { "./schema_engine_bg.js": runtime as unknown as WebAssembly.ModuleImports });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return runtime.SchemaEngine;
}

function schemaFiles(p: string): [string, string][] {
  const walk = (f: string): string[] =>
    fs.statSync(f).isDirectory()
      ? fs.readdirSync(f).flatMap((e) => walk(path.join(f, e)))
      : f.endsWith(".prisma")
        ? [f]
        : [];
  return walk(p)
    .sort()
    .map((f) => [f, fs.readFileSync(f, "utf8")]);
}

/** Same shape and semantics as @prisma/migrate's listMigrations(). */
function listMigrations(c: Cfg): MigrationList {
  const dir = c.migrationsDir;
  const lock = path.join(dir, "migration_lock.toml");
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort((a, b) => a.localeCompare(b))
    : [];
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lock) ? fs.readFileSync(lock, "utf8") : null },
    shadowDbInitScript: c.initShadowDb,
    migrationDirectories: names.map((name) => {
      let content: { tag: "ok"; value: string } | { tag: "error"; value: string };
      try {
        content = { tag: "ok", value: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") };
      } catch (e) {
        content = { tag: "error", value: messageOf(e) };
      }
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  };
}

/** Workaround 2: through an adapter, diagnose calls fail with P1014 while `_prisma_migrations` does not
 * exist yet (the native engine reports "no history"). */
const missingMigrationsTable = (e: unknown) =>
  typeof e === "object" && e !== null && "code" in e && e.code === "P1014" && messageOf(e).includes("_prisma_migrations");

function printApplied(names: string[], what = "applied"): boolean {
  if (names.length) log(`The following migration(s) have been ${what}:\n${names.map((n) => `  ${n}/migration.sql`).join("\n")}`);
  return names.length > 0;
}

async function main() {
  if (!["dev", "deploy", "status", "reset"].includes(cmd)) {
    log("usage: migrate.ts dev [--name N] [--create-only] [--accept-data-loss] | deploy | status | reset --force");
    process.exit(cmd === "help" ? 0 : 1);
  }
  const c = await loadCfg();
  const files = schemaFiles(c.schemaPath);
  const schema: SchemasContainer = { files: files.map(([p, content]) => ({ path: p, content })) };
  const filters = c.filters;
  const sqlite = isSqliteUrl(c.url);
  if (cmd === "reset") {
    if (!flag("--force")) throw new Error("reset drops all data; re-run with --force");
    // Workaround 7: the wasm engine's SQLite reset only DELETEs rows, so remove the file instead.
    if (sqlite) for (const ext of ["", "-journal", "-wal", "-shm"]) fs.rmSync(sqliteFilePath(c.url, c.root) + ext, { force: true });
  }
  if (!sqlite && !isPostgresUrl(c.url)) throw new Error(`Unsupported DATABASE_URL scheme: ${c.url.split(":")[0]}:`);
  const adapter = bindMigrationAwareSqlAdapterFactory(sqlite ? await sqliteFactory(c) : await postgresFactory(c));
  const Engine = await loadSchemaEngine(c.root);
  const engineLog = process.env.DEBUG_SCHEMA_ENGINE ? (m: string) => log("[engine]", m) : () => {};
  const engine = await Engine.new({ datamodels: files }, engineLog, adapter);
  const list = () => listMigrations(c);

  try {
    switch (cmd) {
      case "deploy": {
        const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: list(), filters });
        if (!printApplied(appliedMigrationNames)) log("Database is up to date: no pending migrations.");
        break;
      }
      case "status": {
        const ml = list();
        const r = await engine
          .diagnoseMigrationHistory({ migrationsList: ml, optInToShadowDatabase: false, filters })
          .catch((e: unknown) => {
            if (!missingMigrationsTable(e)) throw e;
            const pending = ml.migrationDirectories.map((d) => d.path);
            return {
              hasMigrationsTable: false,
              failedMigrationNames: [],
              editedMigrationNames: [],
              history: pending.length ? { diagnostic: "databaseIsBehind" as const, unappliedMigrationNames: pending } : null,
            };
          });
        console.log(JSON.stringify(r, null, 2));
        if (r.history || r.failedMigrationNames.length || r.editedMigrationNames.length) process.exitCode = 1;
        break;
      }
      case "reset": {
        if (!sqlite) await engine.reset({ filter: filters });
        log("Database reset successful");
        printApplied((await engine.applyMigrations({ migrationsList: list(), filters })).appliedMigrationNames);
        break;
      }
      case "dev": {
        const diagnose = () => engine.devDiagnostic({ migrationsList: list(), filters });
        const diag = await diagnose().catch(async (e: unknown) => {
          if (!missingMigrationsTable(e)) throw e;
          await engine.applyMigrations({ migrationsList: { ...list(), migrationDirectories: [] }, filters });
          return diagnose();
        });
        const refuseReset = (d: typeof diag) => {
          if (d.action.tag === "reset") throw new Error(`${d.action.reason}\nTo drop the dev database and re-apply all migrations: npm run db:reset`);
        };
        refuseReset(diag);
        if (printApplied((await engine.applyMigrations({ migrationsList: list(), filters })).appliedMigrationNames)) {
          // Workaround 4: createMigration only gets the shadow DB through the cache devDiagnostic fills.
          refuseReset(await diagnose());
        }
        const loss = await engine.evaluateDataLoss({ migrationsList: list(), schema, filters });
        if (loss.unexecutableSteps.length) throw new Error(loss.unexecutableSteps.map((s) => s.message).join("\n"));
        if (loss.warnings.length) {
          log(`Warnings:\n${loss.warnings.map((w) => `  • ${w.message}`).join("\n")}`);
          if (!flag("--accept-data-loss")) throw new Error("Re-run with --accept-data-loss to continue.");
        }
        const draft = flag("--create-only");
        if (loss.migrationSteps === 0 && !draft) {
          log("Already in sync: no schema change or pending migration.");
          break;
        }
        const ml = list();
        const out = await engine.createMigration({ migrationName: opt("--name") ?? "", draft, schema, migrationsList: ml, filters });
        if (out.migrationScript === null) {
          log("No schema changes.");
          break;
        }
        const dir = path.join(c.migrationsDir, out.generatedMigrationName);
        if (fs.existsSync(dir)) throw new Error(`The migration directory already exists at ${dir}`);
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, `migration.${out.extension}`), out.migrationScript, "utf8");
        fs.writeFileSync(
          path.join(c.migrationsDir, ml.lockfile.path),
          `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
          "utf8",
        );
        if (draft) {
          log(`Created ${path.relative(process.cwd(), dir)}/migration.sql (not applied)`);
          break;
        }
        printApplied((await engine.applyMigrations({ migrationsList: list(), filters })).appliedMigrationNames, "created and applied");
        break;
      }
    }
  } catch (e) {
    // Driver errors surface as "External error id#N": attach the original error.
    const id = /External error id#(\d+)/.exec(messageOf(e))?.[1];
    const cause = id === undefined ? undefined : adapter.errorRegistry.consumeError(Number(id))?.error;
    if (cause && e instanceof Error) e.message += `\nCaused by: ${messageOf(cause)}`;
    throw e;
  } finally {
    engine.free();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0), // pg pools opened by the engine would otherwise keep node alive
  (e: unknown) => {
    log(process.env.DEBUG_SCHEMA_ENGINE ? e : messageOf(e));
    process.exit(1);
  },
);
