-- wrk script: the call of bench/plans/calls-http-request.jmx (POST /api/v1/calls, GET the call,
-- POST its end) on each connection. Run with as many threads as connections (-tN -cN): the step and
-- the call id are per thread, so one connection per thread keeps each call's three requests in order.
local step, call_id = 0, nil
local headers = {
  ["Content-Type"] = "application/json", ["Accept"] = "application/json",
  ["Authorization"] = "Bearer sk_test_simulator", ["X-Organization-ID"] = "org_loadtest",
}
local agent = os.getenv("AGENT_ID") or ""
local body = '{"agent_id":"' .. agent .. '","phone_number":"+15550100","direction":"outbound","metadata":{"test":true}}'

request = function()
  if step == 0 or call_id == nil then
    return wrk.format("POST", "/api/v1/calls", headers, body)
  elseif step == 1 then
    return wrk.format("GET", "/api/v1/calls/" .. call_id, headers)
  end
  return wrk.format("POST", "/api/v1/calls/" .. call_id .. "/end", headers)
end

response = function(status, _, response_body)
  if step == 0 then
    call_id = response_body and response_body:match('"id"%s*:%s*"([^"]+)"')
    step = call_id and 1 or 0
  elseif step == 1 then
    step = 2
  else
    step = 0
  end
end
