-- POST /api/v1/auth/login, round-robin over ready-made JSON bodies (one line each, always the
-- right password: five failures would lock the account and turn the run into 429s).
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "common.lua")

local requests, i

function init(args)
   requests = {}
   for _, body in ipairs(read_lines(os.getenv("BENCH_DATA"))) do
      requests[#requests + 1] = wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
   end
   i = id
end

function request()
   i = i % #requests + 1
   return requests[i]
end
