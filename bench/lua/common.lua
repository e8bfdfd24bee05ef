-- Shared by every scenario script (loaded with dofile from the scenario's own directory).
--
-- wrk runs one Lua state per thread plus one "main" state for setup() and done(). Counters
-- live in the thread states; done() pulls them over with thread:get() and prints one
-- machine-readable line, "BENCH_RESULT {json}", that bench/run.sh parses.
--
-- Environment (set by run.sh for each wrk run):
--   BENCH_SCENARIO  label put into the result line
--   BENCH_DATA      file the scenario reads (tokens or request bodies), one item a line
--   BENCH_THREADS   number of wrk threads (-t), so a thread can take its share of a pool

-- main state: every thread handle, for done()
local threads = {}
local next_id = 0

function setup(thread)
   -- a 0-based id per thread: staggers round-robin starts and splits token pools
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

-- thread state: responses by status code, and a scenario-specific side counter
counts = {}
extra = 0

function count_status(status)
   counts[status] = (counts[status] or 0) + 1
end

-- default: only count (scenario scripts that need the body define their own response)
function response(status, headers, body)
   count_status(status)
end

function read_lines(path)
   local lines = {}
   assert(path and path ~= "", "BENCH_DATA is not set")
   for line in io.lines(path) do
      if line ~= "" then lines[#lines + 1] = line end
   end
   assert(#lines > 0, "no data in " .. path)
   return lines
end

local function ms(us)
   return us / 1000.0
end

function done(summary, latency, requests)
   local total, extra_total = {}, 0
   for _, thread in ipairs(threads) do
      for status, n in pairs(thread:get("counts") or {}) do
         total[status] = (total[status] or 0) + n
      end
      extra_total = extra_total + (thread:get("extra") or 0)
   end

   local statuses, keys = {}, {}
   for status in pairs(total) do keys[#keys + 1] = status end
   table.sort(keys)
   for _, status in ipairs(keys) do
      statuses[#statuses + 1] = string.format('"%d":%d', status, total[status])
   end

   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format(
      'BENCH_RESULT {"scenario":"%s","requests":%d,"duration_s":%.3f,"rps":%.2f,'
         .. '"p50_ms":%.1f,"p99_ms":%.1f,"max_ms":%.1f,"mean_ms":%.3f,'
         .. '"socket_errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d},'
         .. '"status":{%s},"extra":%d}\n',
      os.getenv("BENCH_SCENARIO") or "?", summary.requests, seconds,
      summary.requests / seconds,
      ms(latency:percentile(50)), ms(latency:percentile(99)), ms(latency.max), ms(latency.mean),
      e.connect, e.read, e.write, e.timeout,
      table.concat(statuses, ","), extra_total))
end
