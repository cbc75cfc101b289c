-- wrk script for the list measures: the targets are p95, which wrk's --latency table does not print.
done = function(summary, latency, requests)
  io.write(string.format("p95 %.3fms\n", latency:percentile(95) / 1000))
end
