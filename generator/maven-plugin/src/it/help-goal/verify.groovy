// kiln:help lists every goal with its parameters.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
for (goal in ['kiln:generate', 'kiln:check', 'kiln:diff', 'kiln:help']) {
    assert log.contains(goal) : "help does not list $goal"
}
for (parameter in ['inputSpec', 'basePackage', 'clientName', 'outputDirectory', 'fingerprintFile',
                   'failOnBreakingChange', 'oldSpec', 'newSpec', 'regenerateCommand']) {
    assert log =~ /(?m)^\s+$parameter\b/ : "help does not describe $parameter"
}
