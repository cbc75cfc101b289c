-- wrk script: every request registers a new society (ADMIN, import reason) under a name unique to
-- this run and thread, so that the benchmark can find the run's societies again afterwards.
local threads = {}
local counter = 0
local thread_id = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
end

request = function()
  counter = counter + 1
  local body = string.format(
    '{"name":"压测学会%s-%s-%d-%d","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会","reason":"压测：录入现有学会"}',
    os.getenv("BENCH_RUN"), os.getenv("BENCH_PHASE"), thread_id, counter)
  return wrk.format("POST", "/api/societies", {
    ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"),
    ["Content-Type"] = "application/json",
  }, body)
end
