-- Plain GET of the URL given to wrk (jwks, liveness); only counts statuses.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "common.lua")
