// JMeter's start-up script for JMeterGuiIT (-Jjsr223.init.file): the tour is Java, on user.classpath.
io.builderengine.jmeter.plans.GuiScreenshotTour.run()
