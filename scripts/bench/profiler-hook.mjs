// Preloaded into the profiled server (scripts/bench/profiled-serve.mts): SIGUSR2 starts V8's CPU
// profiler, the next SIGUSR2 stops it and writes PROFILE_DIR/window.cpuprofile, so a profile
// holds the measured window only (no start-up, no warm-up).
import { writeFileSync } from "node:fs";
import inspector from "node:inspector";

const dir = process.env.PROFILE_DIR;
const session = new inspector.Session();
session.connect();
let running = false;
process.on("SIGUSR2", () => {
  if (!running) {
    running = true;
    session.post("Profiler.enable", () => session.post("Profiler.start", () => writeFileSync(`${dir}/started`, "")));
  } else {
    running = false;
    session.post("Profiler.stop", (error, result) => writeFileSync(`${dir}/window.cpuprofile`, JSON.stringify(error ? {} : result.profile)));
  }
});
writeFileSync(`${dir}/server.pid`, String(process.pid));
