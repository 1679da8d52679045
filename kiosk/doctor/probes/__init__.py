"""Real probes: one small adapter per external system (pcscd, CUPS, AusweisApp,
the usage collector, the kernel). Each raises ProbeFailed when it gets no answer."""
