-- wrk: one line of figures per run, for bench/load.sh: requests/s, latency percentiles (ms), errors.
-- COOKIES_FILE: one session cookie per line; each of wrk's threads takes its own share of them and sends them in turn,
-- so that no session has two requests at once (the application runs a session's requests one at a time, as a
-- browser tab sends them). With VERIFY_NUMBERS set, each request asks for a random certificate number
-- HIT-00000001 … HIT-<n>; with VERIFY_SEQUENTIAL set, each thread walks the numbers in turn instead (a warm-up that
-- reads every certificate once).
local numbers = tonumber(os.getenv("VERIFY_NUMBERS") or "0")
local sequential = os.getenv("VERIFY_SEQUENTIAL") == "1"
local cookies = {}
local file = os.getenv("COOKIES_FILE")
if file and file ~= "" then
  for line in io.lines(file) do
    if line ~= "" then table.insert(cookies, line) end
  end
end
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  table.insert(threads, thread)
end

function init(args)
  mine = {}
  local total = #threads > 0 and #threads or 2
  for i, c in ipairs(cookies) do
    if (i - 1) % 2 == index - 1 then table.insert(mine, c) end
  end
  turn = 0
  next_number = index
end

request = function()
  local headers = {}
  if #mine > 0 then
    turn = turn % #mine + 1
    headers["Cookie"] = mine[turn]
  end
  local path = wrk.path
  if numbers > 0 then
    local n
    if sequential then
      n = next_number
      next_number = next_number + 2
      if next_number > numbers then next_number = index end
    else
      n = math.random(1, numbers)
    end
    path = string.format("/api/v1/verify/HIT-%08d", n)
  end
  return wrk.format("GET", path, headers)
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
      + summary.errors.status
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors,
      summary.requests))
end
