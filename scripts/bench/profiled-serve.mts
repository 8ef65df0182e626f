// scripts/serve.mts with scripts/bench/profiler-hook.mjs preloaded, for scripts/bench/profile.mts.
// Expects a current build (`npm run build`) and a migrated database.
import { spawn } from "node:child_process";

const child = spawn(process.execPath, ["--import", "./scripts/bench/profiler-hook.mjs", "--import", "tsx", "scripts/serve.mts"], {
  stdio: ["inherit", "inherit", "inherit", "ipc"],
  env: { ...process.env, NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
