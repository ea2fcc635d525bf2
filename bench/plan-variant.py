#!/usr/bin/env python3
"""Writes a variant of a .jmx plan that differs from it in one element, for bench/run's side-by-side runs.

Usage: plan-variant.py IN.jmx OUT.jmx CHANGE [CHANGE ...], CHANGE one of:
  no-listener       remove our SLO Thresholds & Summary listener
  simple-writer=F   add JMeter's Simple Data Writer (a ResultCollector, CSV) writing file F where ours was
  precise-timer     replace our Target Rate Timer by JMeter's Precise Throughput Timer (-Jrps per second)
  open-model        replace the Thread Group and our Target Rate Timer by JMeter's Open Model Thread Group
                    at -Jrps per second for -Jduration seconds
  no-audio          set the Call Simulation sampler's streamAudio to false (its HTTP steps only)
Each change must match exactly once, else the script fails naming it: a plan edited out of shape
must not silently bench something else.
"""
import re
import sys

LISTENER = (r'\s*<io\.builderengine\.jmeter\.listener\.SloSummaryListener .*?'
            r'</io\.builderengine\.jmeter\.listener\.SloSummaryListener>\s*<hashTree/>')
TIMER = (r'\s*<io\.builderengine\.jmeter\.timers\.TargetRateTimer .*?'
         r'</io\.builderengine\.jmeter\.timers\.TargetRateTimer>\s*<hashTree/>')
THREAD_GROUP = r'<ThreadGroup .*?</ThreadGroup>'

SIMPLE_WRITER = '''
        <ResultCollector guiclass="SimpleDataWriter" testclass="ResultCollector" testname="Simple Data Writer">
          <boolProp name="ResultCollector.error_logging">false</boolProp>
          <objProp>
            <name>saveConfig</name>
            <value class="SampleSaveConfiguration">
              <time>true</time><latency>true</latency><timestamp>true</timestamp><success>true</success>
              <label>true</label><code>true</code><message>true</message><threadName>true</threadName>
              <dataType>true</dataType><encoding>false</encoding><assertions>true</assertions>
              <subresults>true</subresults><responseData>false</responseData><samplerData>false</samplerData>
              <xml>false</xml><fieldNames>true</fieldNames><responseHeaders>false</responseHeaders>
              <requestHeaders>false</requestHeaders><responseDataOnError>false</responseDataOnError>
              <saveAssertionResultsFailureMessage>true</saveAssertionResultsFailureMessage>
              <assertionsResultsToSave>0</assertionsResultsToSave><bytes>true</bytes><sentBytes>true</sentBytes>
              <url>true</url><threadCounts>true</threadCounts><idleTime>true</idleTime><connectTime>true</connectTime>
            </value>
          </objProp>
          <stringProp name="filename">{file}</stringProp>
        </ResultCollector>
        <hashTree/>'''

PRECISE_TIMER = '''
        <PreciseThroughputTimer guiclass="TestBeanGUI" testclass="PreciseThroughputTimer" testname="Precise Throughput Timer">
          <doubleProp><name>allowedThroughputSurplus</name><value>1.0</value><savedValue>0.0</savedValue></doubleProp>
          <intProp name="exactLimit">10000</intProp>
          <stringProp name="throughput">${__P(be.rps)}</stringProp>
          <intProp name="throughputPeriod">1</intProp>
          <stringProp name="duration">${__P(be.duration)}</stringProp>
          <intProp name="batchSize">1</intProp>
          <intProp name="batchThreadDelay">0</intProp>
          <longProp name="randomSeed">0</longProp>
        </PreciseThroughputTimer>
        <hashTree/>'''

OPEN_MODEL = '''<OpenModelThreadGroup guiclass="OpenModelThreadGroupGui" testclass="OpenModelThreadGroup" testname="Users (open model)">
        <elementProp name="ThreadGroup.main_controller" elementType="OpenModelThreadGroupController"/>
        <stringProp name="ThreadGroup.on_sample_error">continue</stringProp>
        <stringProp name="OpenModelThreadGroup.schedule">rate(${__P(be.rps)}/sec) random_arrivals(${__P(be.duration)} sec) rate(${__P(be.rps)}/sec)</stringProp>
        <stringProp name="OpenModelThreadGroup.random_seed"></stringProp>
      </OpenModelThreadGroup>'''


def replace_once(plan, name, pattern, replacement):
    changed, count = re.subn(pattern, lambda _: replacement, plan, flags=re.S)
    if count != 1:
        sys.exit(f"plan-variant.py: {name}: expected exactly one match in the plan, found {count}")
    return changed


def main(args):
    if len(args) < 3:
        sys.exit(__doc__)
    source, target, changes = args[0], args[1], args[2:]
    with open(source, encoding="utf-8") as f:
        plan = f.read()
    for change in changes:
        name, _, value = change.partition("=")
        if name == "no-listener":
            plan = replace_once(plan, name, LISTENER, "")
        elif name == "simple-writer":
            plan = replace_once(plan, name, LISTENER, SIMPLE_WRITER.format(file=value))
        elif name == "precise-timer":
            plan = replace_once(plan, name, TIMER, PRECISE_TIMER)
        elif name == "open-model":
            plan = replace_once(plan, name, TIMER, "")
            plan = replace_once(plan, name, THREAD_GROUP, OPEN_MODEL)
        elif name == "no-audio":
            plan = replace_once(plan, name, r'<boolProp name="streamAudio">true</boolProp>',
                                '<boolProp name="streamAudio">false</boolProp>')
        else:
            sys.exit(f"plan-variant.py: unknown change '{change}'\n\n{__doc__}")
    with open(target, "w", encoding="utf-8") as f:
        f.write(plan)


if __name__ == "__main__":
    main(sys.argv[1:])
