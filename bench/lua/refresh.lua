-- Chained POST /api/v1/auth/refresh. Refresh tokens are single use (presenting a spent one
-- revokes the session), so each thread owns its share of the token pool: request() takes a
-- token out, response() puts the new one from a 200 body back. A token is therefore sent
-- exactly once. Should the pool run dry (failed refreshes lose their chain), a dummy token
-- is sent instead and counted in "extra", so the run keeps its pace and the gap is visible.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "common.lua")

local pool

local function format(token)
   return wrk.format("POST", nil, { ["Content-Type"] = "application/json" },
      '{"refresh_token":"' .. token .. '"}')
end

function init(args)
   local threads = tonumber(os.getenv("BENCH_THREADS") or "1")
   pool = {}
   for n, token in ipairs(read_lines(os.getenv("BENCH_DATA"))) do
      if (n - 1) % threads == id then pool[#pool + 1] = token end
   end
end

function request()
   local token = table.remove(pool)
   if token == nil then
      extra = extra + 1
      return format("bench-dummy-token-pool-empty")
   end
   return format(token)
end

function response(status, headers, body)
   count_status(status)
   if status == 200 then
      local token = body:match('"refresh_token"%s*:%s*"([^"]+)"')
      if token then table.insert(pool, 1, token) end
   end
end
