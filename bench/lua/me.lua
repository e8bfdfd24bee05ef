-- GET /api/v1/users/me with the access tokens of a few accounts, round-robin, so the
-- service cannot answer from one cached principal.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "common.lua")

local requests, i

function init(args)
   requests = {}
   for _, token in ipairs(read_lines(os.getenv("BENCH_DATA"))) do
      requests[#requests + 1] = wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. token })
   end
   i = id  -- threads start at different accounts
end

function request()
   i = i % #requests + 1
   return requests[i]
end
